export interface PageRequest {
  page: number;
  perPage: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  perPage: number;
  total: number;
}

export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 200;
