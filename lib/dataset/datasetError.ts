// A value the dataset cannot hold as typed: a parser bug, which stops the build
// with the file named rather than writing a wrong number.
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "DatasetError";
  }
}
