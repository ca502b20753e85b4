// The web chat: sends questions to /api/ask and shows the Reply. Nothing is stored in the browser.
const messages = document.getElementById('messages')
const form = document.getElementById('ask')
const input = document.getElementById('question')
const welcome = messages.querySelector('li.welcome').cloneNode(true)
// A neutral page to leave for; location.replace also drops this page from the history.
const NEUTRAL_PAGE = 'https://www.google.com/search?q=th%E1%BB%9Di+ti%E1%BA%BFt+h%C3%B4m+nay'

const PHONE = /\+?\d[\d .]{1,14}\d/g
const URL = /https:\/\/[^\s]+/g

/** One line as text nodes and links: phone numbers on hotline/place lines become tel: links, addresses become links. */
function renderLine(line) {
  const parts = []
  const matches = []
  for (const m of line.matchAll(URL)) matches.push({ index: m.index, text: m[0], href: m[0] })
  if (line.includes('☎')) {
    for (const m of line.matchAll(PHONE)) {
      const digits = m[0].replace(/[^\d+]/g, '')
      if (digits.length >= 3 && !matches.some((u) => m.index >= u.index && m.index < u.index + u.text.length)) matches.push({ index: m.index, text: m[0].trim(), href: `tel:${digits}` })
    }
  }
  matches.sort((a, b) => a.index - b.index)
  let at = 0
  for (const m of matches) {
    if (m.index < at) continue
    parts.push(document.createTextNode(line.slice(at, m.index)))
    const a = document.createElement('a')
    a.href = m.href
    a.textContent = m.text
    if (m.href.startsWith('https:')) {
      a.target = '_blank'
      a.rel = 'noopener noreferrer'
    }
    parts.push(a)
    at = m.index + m.text.length
  }
  parts.push(document.createTextNode(line.slice(at)))
  return parts
}

function renderText(container, text) {
  text.split('\n').forEach((line, i) => {
    if (i > 0) container.append(document.createTextNode('\n'))
    container.append(...renderLine(line))
  })
}

function add(role, reply) {
  const item = document.createElement('li')
  item.className = role
  if (role === 'bot' && reply.emergency) {
    item.classList.add('emergency')
    const label = document.createElement('p')
    label.className = 'emergency-label'
    label.textContent = '🆘 Hỗ trợ khẩn cấp'
    item.append(label)
  }
  const text = document.createElement('div')
  text.className = 'text'
  if (role === 'bot' && reply.found && !reply.emergency) {
    const [first, ...rest] = reply.text.split('\n')
    const strong = document.createElement('strong')
    renderText(strong, first)
    text.append(strong)
    renderText(text, rest.join('\n'))
  } else if (role === 'bot') {
    renderText(text, reply.text)
  } else {
    text.textContent = reply.text
  }
  item.append(text)
  if (reply.citations && reply.citations.length) {
    const list = document.createElement('ul')
    list.className = 'citations'
    list.setAttribute('aria-label', 'Nguồn')
    for (const c of reply.citations.slice(0, 3)) {
      const li = document.createElement('li')
      li.textContent = ['📄', c.number || 'Kế hoạch', c.province, c.section ? `mục ${c.section}` : ''].filter(Boolean).join(' ')
      list.append(li)
    }
    item.append(list)
  }
  if (reply.buttons && reply.buttons.length) {
    const buttons = document.createElement('div')
    buttons.className = 'buttons'
    for (const b of reply.buttons) {
      const button = document.createElement('button')
      button.type = 'button'
      button.textContent = b.label
      button.dataset.question = b.question
      buttons.append(button)
    }
    item.append(buttons)
  }
  messages.append(item)
  item.scrollIntoView({ behavior: 'smooth', block: 'end' })
}

async function post(path, body) {
  try {
    const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    if (res.status === 429) return { found: false, text: 'Bạn hỏi nhanh quá, hãy đợi một chút rồi thử lại nhé.' }
    if (!res.ok) return { found: false, text: 'Có lỗi xảy ra, bạn thử lại sau nhé. Nếu khẩn cấp, hãy gọi ☎ 113.' }
    return await res.json()
  } catch {
    return { found: false, text: 'Không kết nối được. Nếu khẩn cấp, hãy gọi ☎ 113.' }
  }
}

async function ask(question) {
  if (!question.trim()) return
  add('me', { text: question })
  add('bot', await post('/api/ask', { question }))
}

function clearConversation() {
  messages.replaceChildren(welcome.cloneNode(true))
  input.value = ''
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  const question = input.value
  input.value = ''
  ask(question)
})

messages.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-question]')
  if (button) ask(button.dataset.question)
})

document.getElementById('clear').addEventListener('click', () => {
  clearConversation()
  input.focus()
})

document.getElementById('quick-exit').addEventListener('click', () => {
  clearConversation()
  document.body.replaceChildren()
  document.title = 'Thời tiết'
  window.location.replace(NEUTRAL_PAGE)
})

document.getElementById('locate').addEventListener('click', () => {
  if (!navigator.geolocation) return add('bot', { text: 'Trình duyệt không hỗ trợ định vị. Bạn hãy gõ tên xã/huyện/tỉnh.' })
  navigator.geolocation.getCurrentPosition(
    async (pos) => add('bot', await post('/api/nearby', { latitude: pos.coords.latitude, longitude: pos.coords.longitude })),
    () => add('bot', { text: 'Chưa lấy được vị trí. Bạn hãy gõ tên xã/huyện/tỉnh, ví dụ: "nhà tạm lánh ở Phú Lộc".' }),
  )
})
