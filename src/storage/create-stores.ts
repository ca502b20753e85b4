import { sql } from 'kysely'
import type { Glossary } from '../core/knowledge-base/glossary.js'
import { createDatabase, type StoreDatabase } from './create-database.js'
import { AuditRepository } from './repositories/audit-repository.js'
import { BroadcastRepository } from './repositories/broadcast-repository.js'
import { BroadcastApprovalRepository } from './repositories/broadcast-approval-repository.js'
import { ConsoleSettingRepository } from './repositories/console-setting-repository.js'
import { UserRepository } from './repositories/user-repository.js'
import { QuestionCountRepository } from './repositories/question-count-repository.js'
import { DirectoryPlaceRepository } from './repositories/directory-place-repository.js'
import { CampaignRepository } from './repositories/campaign-repository.js'
import { ChatRepository } from './repositories/chat-repository.js'
import { ReminderPhoneRepository } from './repositories/reminder-phone-repository.js'
import { DeliveryReceiptRepository } from './repositories/delivery-receipt-repository.js'
import { FollowerLedgerRepository } from './repositories/follower-ledger-repository.js'
import { SubscriberStateRepository } from './repositories/subscriber-state-repository.js'
import { DocumentRepository } from './repositories/document-repository.js'
import { TokenRepository } from './repositories/token-repository.js'
import { UpdateLogRepository } from './repositories/update-log-repository.js'
import { AlwaysHeldLock, PostgresAdvisoryLock, type SenderLock } from './sender-lock.js'

export interface Stores {
  database: StoreDatabase
  chats: ChatRepository
  phones: ReminderPhoneRepository
  updates: UpdateLogRepository
  tokens: TokenRepository
  broadcasts: BroadcastRepository
  audit: AuditRepository
  states: SubscriberStateRepository
  ledger: FollowerLedgerRepository
  receipts: DeliveryReceiptRepository
  documents: DocumentRepository
  users: UserRepository
  approvals: BroadcastApprovalRepository
  settings: ConsoleSettingRepository
  questionCounts: QuestionCountRepository
  directoryPlaces: DirectoryPlaceRepository
  campaigns: CampaignRepository
  senderLock: () => SenderLock
  ping: () => Promise<boolean>
  close: () => Promise<void>
}

/** Opens the database (SQLite file or PostgreSQL), runs migrations, and builds the repositories. */
export async function createStores(options: { databaseUrl?: string | undefined; dataDir: string; sqliteFile?: string; glossary: Glossary }): Promise<Stores> {
  const database = await createDatabase(options)
  const { db } = database
  return {
    database,
    chats: new ChatRepository(db, undefined, database.dialect),
    phones: new ReminderPhoneRepository(db),
    updates: new UpdateLogRepository(db),
    tokens: new TokenRepository(db),
    broadcasts: new BroadcastRepository(db, options.glossary, database.dialect),
    audit: new AuditRepository(db),
    states: new SubscriberStateRepository(db),
    ledger: new FollowerLedgerRepository(db),
    receipts: new DeliveryReceiptRepository(db),
    documents: new DocumentRepository(database),
    users: new UserRepository(db),
    approvals: new BroadcastApprovalRepository(db),
    settings: new ConsoleSettingRepository(db),
    questionCounts: new QuestionCountRepository(db),
    directoryPlaces: new DirectoryPlaceRepository(db),
    campaigns: new CampaignRepository(db),
    senderLock: () => (database.pool ? new PostgresAdvisoryLock(database.pool) : new AlwaysHeldLock()),
    ping: async () => {
      try {
        await sql`select 1`.execute(db)
        return true
      } catch {
        return false
      }
    },
    close: () => database.close(),
  }
}
