import { html, type SafeHtml } from './html.js'

/**
 * A horizontal bar chart drawn on the server as SVG (no chart script, nothing for the CSP to
 * allow). Labels are escaped; the numbers are also given as text for screen readers.
 */
export function svgBarChart(title: string, bars: { label: string; value: number }[]): SafeHtml {
  const max = Math.max(1, ...bars.map((b) => b.value))
  const rowHeight = 26
  const labelWidth = 170
  const barWidth = 260
  const height = bars.length * rowHeight + 8
  return html`<figure class="chart"><figcaption>${title}</figcaption>
<svg role="img" aria-label="${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}" width="100%" preserveAspectRatio="xMinYMin meet">
${bars.map((b, i) => {
  const y = i * rowHeight + 4
  const w = Math.round((b.value / max) * barWidth)
  return html`<text x="${labelWidth - 6}" y="${y + 16}" text-anchor="end" class="chart-label">${b.label.length > 24 ? `${b.label.slice(0, 23)}…` : b.label}</text><rect x="${labelWidth}" y="${y + 3}" width="${Math.max(w, 1)}" height="${rowHeight - 8}" class="chart-bar"></rect><text x="${labelWidth + w + 6}" y="${y + 16}" class="chart-value">${b.value}</text>`
})}
</svg></figure>`
}
