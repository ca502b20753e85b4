import { describe, expect, it } from 'vitest'
import { html, raw } from '../../../src/channels/console/html.js'
import { svgBarChart } from '../../../src/channels/console/svg-bar-chart.js'

describe('console markup', () => {
  it('escapes every interpolated value, nested templates stay markup', () => {
    const name = '<script>alert("x")</script>'
    expect(html`<td>${name}</td>${html`<b>${'&'}</b>`}${raw('<i></i>')}`.value).toBe('<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td><b>&amp;</b><i></i>')
  })

  it('draws one bar per value, longest for the largest, with escaped labels', () => {
    const svg = svgBarChart('Theo tỉnh', [
      { label: 'An Giang', value: 40 },
      { label: 'Huế <b>', value: 10 },
    ]).value
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]))
    expect(widths).toHaveLength(2)
    expect(widths[0]).toBeGreaterThan(widths[1]! * 3)
    expect(svg).toContain('Huế &lt;b&gt;')
    expect(svg).toContain('aria-label="Theo tỉnh: An Giang 40, Huế &lt;b&gt; 10"')
  })
})
