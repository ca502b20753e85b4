/** `npm run bench`: every benchmark of the project, each printing its own table. */
import { runAnswerBench } from './answer-bench.js'
import { runDirectoryBench } from './directory-bench.js'
import { runParseBench } from './parse-bench.js'
import { runSenderBench } from './sender-bench.js'
import { runWebhookBench } from './webhook-bench.js'

const contentDir = process.env.CONTENT_DIR ?? 'content'
await runParseBench(contentDir)
runDirectoryBench()
await runAnswerBench(contentDir)
await runWebhookBench()
await runSenderBench(contentDir)
