// The web chat: sends questions to /api/ask and shows the Reply. Nothing is stored in the browser.
const messages = document.getElementById('messages')
const form = document.getElementById('ask')
const input = document.getElementById('question')

function add(role, reply) {
  const item = document.createElement('li')
  item.className = role
  const text = document.createElement('div')
  text.className = 'text'
  if (role === 'bot' && reply.found) {
    const [first, ...rest] = reply.text.split('\n')
    const strong = document.createElement('strong')
    strong.textContent = first
    text.append(strong, document.createTextNode(rest.join('\n')))
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
    if (!res.ok) return { found: false, text: 'Có lỗi xảy ra, bạn thử lại sau nhé. Nếu khẩn cấp, hãy gọi 113.' }
    return await res.json()
  } catch {
    return { found: false, text: 'Không kết nối được. Nếu khẩn cấp, hãy gọi 113.' }
  }
}

async function ask(question) {
  if (!question.trim()) return
  add('me', { text: question })
  add('bot', await post('/api/ask', { question }))
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

document.getElementById('locate').addEventListener('click', () => {
  if (!navigator.geolocation) return add('bot', { text: 'Trình duyệt không hỗ trợ định vị. Bạn hãy gõ tên xã/huyện/tỉnh.' })
  navigator.geolocation.getCurrentPosition(
    async (pos) => add('bot', await post('/api/nearby', { latitude: pos.coords.latitude, longitude: pos.coords.longitude })),
    () => add('bot', { text: 'Chưa lấy được vị trí. Bạn hãy gõ tên xã/huyện/tỉnh, ví dụ: "nhà tạm lánh ở Phú Lộc".' }),
  )
})
