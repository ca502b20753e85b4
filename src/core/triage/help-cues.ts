/**
 * Requests for a hotline, a safe place or where to report, with no harm named
 * ("cho tôi xin số đường dây nóng", "nhà tạm lánh ở Huế"). Read from `ChatText.folded`.
 */
export const HELP_CUES =
  /\b(duong day nong|hotline|tong dai|so dien thoai|sdt|goi so nao|goi ai|so (may|nao)|11[135]|1900|dia chi tin cay|nha tam lanh|tam lanh|tru an|cho (o|ngu) tam|cho tron|noi tron|nha an toan|ngoi nha binh yen|tu van|bao (o dau|ai|cho ai|cong an)|to cao|to giac|lien he (ai|o dau|voi ai)|ai (co the )?giup|can (nguoi )?giup|giup do|cho nao (giup|nhan|ho tro)|noi nao (giup|nhan|ho tro)|noi (giup|ho tro)|nho ai|cong an (xa|phuong)|dia chi (\\w+ ){0,2}(tro giup|giup|ho tro)|tro giup|bao luc (thi )?bao)\b/

/** Hello, and nothing else. */
export const GREETING = /^(xin chao|chao|hello|hi|alo|lo|hey|helo|halo)( (ban|bot|em|anh|chi|buoi (sang|trua|chieu|toi)|moi nguoi|ad|admin))*( minh moi dung lan dau| .{0,30}lan dau)?$/

/** Asking what the bot does (slash commands are recognised on the raw text). */
export const COMMAND = /^(tro giup|huong dan|menu|ban lam duoc gi|ban giup duoc gi|start|help me)$/
