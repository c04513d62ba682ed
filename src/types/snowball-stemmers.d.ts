/** The parts of snowball-stemmers (which ships no types) that Blueprint uses. */
declare module "snowball-stemmers" {
  interface Stemmer {
    stem(word: string): string;
  }
  const snowball: {
    algorithms(): string[];
    newStemmer(language: string): Stemmer;
  };
  export default snowball;
}
