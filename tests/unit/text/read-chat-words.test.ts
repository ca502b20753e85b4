import { describe, expect, it } from 'vitest'
import { expandShorthand, readChatWords } from '../../../src/core/text/read-chat-words.js'

describe('readChatWords', () => {
  it('expands teen spellings and ages typed without marks, one entry per typed token', () => {
    expect(readChatWords('Ck e ko cho e ve, e 15t').map((w) => w.word)).toEqual(['chong', 'em', 'khong', 'cho', 'em', 've', 'em', '15 tuoi'])
  })

  it('keeps a marked word as typed (folded) and says it carried marks', () => {
    const [chong] = readChatWords('Chống')
    expect(chong).toEqual({ raw: 'chống', word: 'chong', hasMarks: true, expanded: false, endsSentence: false })
  })

  it('marks the word a sentence ends after (not an ellipsis, not a dot inside a name)', () => {
    const ends = (text: string) =>
      readChatWords(text)
        .filter((w) => w.endsSentence)
        .map((w) => w.word)
    expect(ends('Anh ấy say. Đánh em! Em sợ? Cứu')).toEqual(['say', 'em', 'so'])
    expect(ends('chồng em... đánh em')).toEqual([])
    expect(ends('ở TP.HCM rồi')).toEqual([])
    expect(ends('xong rồi.')).toEqual([])
  })

  it('reads "KH 67" as a document, squeezes letters held down, mends fast-typing slips', () => {
    expect(readChatWords('KH 67 cuuuu chồg').map((w) => w.word)).toEqual(['kh', '67', 'cuu', 'chong'])
  })

  it('expands officials\u2019 shorthand only next to what it abbreviates', () => {
    expect(expandShorthand('pc bl gd o xa')).toBe('phong chong bao luc gia dinh o xa')
    expect(expandShorthand('may pc cua xa')).toBe('may pc cua xa')
  })
})
