/** The cryptography the account services need, implemented in src/security. */
export interface AuthCrypto {
  hashPassword(password: string): Promise<string>;
  verifyPassword(hash: string, password: string): Promise<boolean>;
  /** A hash of a fixed random password, to verify against when an account does not exist (same timing). */
  dummyHash(): Promise<string>;
  /** URL-safe random token with `bytes` bytes of entropy. */
  randomToken(bytes?: number): string;
  /** SHA-256, hex: how tokens, session ids and recovery codes are stored. */
  sha256(value: string): string;
  newId(): string;
  /** Encrypts a short secret (TOTP key) for storage, and back. */
  seal(plaintext: string): string;
  open(sealed: string): string;
  totp: {
    newSecret(): string;
    /** otpauth:// URI for authenticator apps. */
    uri(secret: string, account: string): string;
    /** The 30-second step the code matches (window ±1), or null. */
    matchStep(secret: string, code: string, at: Date): number | null;
    /** Current code, for tests. */
    generate(secret: string, at: Date): string;
  };
}
