// Access tokens live only in VS Code's SecretStorage. The list of named tokens is not secret and
// is kept in globalState so completion can offer names without reading any value.
import { vscode } from '../vscode';

const DEFAULT_KEY = 'fbbatch.token.default';
const NAMED_PREFIX = 'fbbatch.token.named.';
const NAMES_KEY = 'fbbatch.tokenNames';

/** Token names as they may appear in `{{token:NAME}}`. */
export const TOKEN_NAME_PATTERN = /^[A-Za-z0-9_.-]+$/;

export class TokenStore {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly state: vscode.Memento,
  ) {}

  getDefault(): Thenable<string | undefined> {
    return this.secrets.get(DEFAULT_KEY);
  }

  async setDefault(token: string): Promise<void> {
    await this.secrets.store(DEFAULT_KEY, token.trim());
    this.changed.fire();
  }

  async clearDefault(): Promise<void> {
    await this.secrets.delete(DEFAULT_KEY);
    this.changed.fire();
  }

  names(): readonly string[] {
    return this.state.get<string[]>(NAMES_KEY, []);
  }

  getNamed(name: string): Thenable<string | undefined> {
    return this.secrets.get(NAMED_PREFIX + name);
  }

  async setNamed(name: string, token: string): Promise<void> {
    if (!TOKEN_NAME_PATTERN.test(name)) {
      throw new Error(`"${name}" cannot be a token name: use letters, digits, "-", "_" or ".".`);
    }
    await this.secrets.store(NAMED_PREFIX + name, token.trim());
    const names = new Set(this.names());
    names.add(name);
    await this.state.update(NAMES_KEY, [...names].sort());
    this.changed.fire();
  }

  async clearNamed(name: string): Promise<void> {
    await this.secrets.delete(NAMED_PREFIX + name);
    await this.state.update(NAMES_KEY, this.names().filter((n) => n !== name));
    this.changed.fire();
  }

  /** Every stored value, so the host can redact them from anything shown or logged. */
  async allValues(): Promise<string[]> {
    const values = await Promise.all([this.getDefault(), ...this.names().map((n) => this.getNamed(n))]);
    return values.filter((v): v is string => typeof v === 'string' && v.length > 0);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
