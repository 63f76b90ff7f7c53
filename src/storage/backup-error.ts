// The error of a backup or restore that cannot be done: its message says what to do instead, and the command prints it as it is.

export class BackupError extends Error {
  override readonly name = 'BackupError'
}
