/**
 * `npm run bench`: every benchmark of the project, each printing its own table (the scale
 * benchmark at 1× and 200× the seeds). `npm run bench -- scale --size 2000` runs only the scale
 * benchmark, at the given sizes (1, 200, 2000; repeat --size for several). `--no-baseline` skips the
 * plain-MiniSearch comparison (about 10 minutes at 2,000×) for quick iterations.
 */
import { parseArgs } from 'node:util'
import { runAnswerBench } from './answer-bench.js'
import { runDirectoryBench } from './directory-bench.js'
import { runParseBench } from './parse-bench.js'
import { runScaleBench } from './scale-bench.js'
import { runSenderBench } from './sender-bench.js'
import { runWebhookBench } from './webhook-bench.js'

const { positionals, values } = parseArgs({ allowPositionals: true, options: { size: { type: 'string', multiple: true }, baseline: { type: 'boolean', default: true } }, allowNegative: true })
const sizes = (values.size ?? ['1', '200']).map(Number)
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--size takes a multiple of the seed corpus: 1, 200 or 2000')
const contentDir = process.env.CONTENT_DIR ?? 'content'
if (positionals[0] === 'scale') {
  await runScaleBench(sizes, { baseline: values.baseline })
} else {
  await runParseBench(contentDir)
  runDirectoryBench()
  await runAnswerBench(contentDir)
  await runScaleBench(sizes, { baseline: values.baseline })
  await runWebhookBench()
  await runSenderBench(contentDir)
}
