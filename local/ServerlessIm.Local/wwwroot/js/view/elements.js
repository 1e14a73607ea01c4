/** Creates an element with a class, attributes and text; text always goes in as text, never as HTML. */
export function element(tag, { className, text, data, attributes } = {}) {
  const node = document.createElement(tag);
  if (className !== undefined) {
    node.className = className;
  }

  if (text !== undefined) {
    node.textContent = text;
  }

  for (const [name, value] of Object.entries(data ?? {})) {
    node.dataset[name] = String(value);
  }

  for (const [name, value] of Object.entries(attributes ?? {})) {
    node.setAttribute(name, String(value));
  }

  return node;
}

/** The `data-testid` element inside `root`. */
export function byTestId(root, testId) {
  const node = root.querySelector(`[data-testid="${testId}"]`);
  if (node === null) {
    throw new Error(`The page has no element with data-testid="${testId}".`);
  }

  return node;
}
