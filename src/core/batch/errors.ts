/** A batch that cannot be sent as it is (found before anything is sent); the message says what to change. */
export class BatchInputError extends Error {
  override readonly name = 'BatchInputError';
}
