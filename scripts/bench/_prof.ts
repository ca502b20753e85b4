import { loadKnowledgeBase } from '../../src/content/load-content.js'
import { indexCacheKey, readCachedIndex } from '../../src/content/search-index-cache.js'
import { VietnameseAnalyzer } from '../../src/core/text/analyze-vietnamese.js'
const dir = process.argv[2]!
const kb = await loadKnowledgeBase(`${dir}/content`)
const analyzer = new VietnameseAnalyzer(kb.glossary.abbreviations)
const index = (await readCachedIndex(`${dir}/data`, indexCacheKey(kb.documents, kb.glossary.abbreviations), analyzer))!
const q = 'Sở Tư pháp có nhiệm vụ gì?'
const t = performance.now()
for (let i = 0; i < 20; i++) index.search(q, { kinds: ['duty'], agencyId: 'so-tu-phap' }, 200)
console.log('duty search', ((performance.now() - t) / 20).toFixed(1))
const t2 = performance.now()
for (let i = 0; i < 20; i++) index.search('toi bi danh o hue', {}, 10)
console.log('hue search', ((performance.now() - t2) / 20).toFixed(1))
