import { loadKnowledgeBase } from '../../src/content/load-content.js'
import { indexCacheKey, readCachedIndex } from '../../src/content/search-index-cache.js'
import { PlanIndex } from '../../src/core/search/plan-index.js'
import { VietnameseAnalyzer } from '../../src/core/text/analyze-vietnamese.js'
const settle = async () => { for (let i = 0; i < 3; i++) { global.gc!(); await new Promise((r) => setTimeout(r, 50)) } const m = process.memoryUsage(); return { heap: m.heapUsed, ab: m.arrayBuffers } }
const dir = process.argv[2]!
const kb = await loadKnowledgeBase(`${dir}/content`)
const analyzer = new VietnameseAnalyzer(kb.glossary.abbreviations)
const m0 = await settle()
const index = (await readCachedIndex(`${dir}/data`, indexCacheKey(kb.documents, kb.glossary.abbreviations), analyzer))!
const m1 = await settle()
console.log('loaded: heap', ((m1.heap - m0.heap) / 1e6).toFixed(1), 'arrays', ((m1.ab - m0.ab) / 1e6).toFixed(1), index.size)
const built = PlanIndex.build([...kb.documents], analyzer)
const m2 = await settle()
console.log('built: heap', ((m2.heap - m1.heap) / 1e6).toFixed(1), 'arrays', ((m2.ab - m1.ab) / 1e6).toFixed(1), built.size)
