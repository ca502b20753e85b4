/** Markup that is already safe; only `html` and `raw` make it. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

type Value = SafeHtml | string | number | boolean | null | undefined | Value[]

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(render).join('')
  return escapeHtml(String(value))
}

/**
 * Template literal that escapes every interpolated value unless it is SafeHtml (nested `html`),
 * so text from the store or a form can never become markup.
 *
 * @example
 * html`<td>${place.name}</td>` // "<td>Nhà &lt;b&gt;</td>" for the name "Nhà <b>"
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!))
  return new SafeHtml(out)
}

/** Trusted markup built by this module (e.g. an SVG drawn from numbers). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup)
}
