// The one way this webview builds DOM: elements from literal tag names, data only ever as text
// nodes or attribute values, never markup. (No innerHTML anywhere: a body full of <script> stays text.)

export type Child = Node | string | number | null | undefined | false;

interface Props {
  readonly class?: string;
  /** Literal attribute names only; values may carry data (they are never parsed as markup). */
  readonly attrs?: Readonly<Record<string, string>>;
  readonly onClick?: (event: MouseEvent) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element: HTMLElement = document.createElement(tag);
  if (props.class) element.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  if (props.onClick) element.addEventListener('click', props.onClick);
  append(element, ...children);
  return element as HTMLElementTagNameMap[K];
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** A plain push button (type=button so Enter never submits anything). */
export function button(label: string, onClick: () => void, props: Props = {}): HTMLButtonElement {
  const attrs = { type: 'button', ...props.attrs };
  return h('button', { ...props, attrs, onClick: () => onClick() }, label);
}
