// The console's only script (loaded with the CSP nonce): live broadcast progress.
for (const box of document.querySelectorAll('[data-progress-url]')) {
  const bar = box.querySelector('progress')
  const text = box.querySelector('.progress-text')
  const status = box.querySelector('.progress-status')
  const poll = async () => {
    try {
      const res = await fetch(box.dataset.progressUrl, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
      if (res.ok) {
        const report = await res.json()
        bar.max = Math.max(report.total, 1)
        bar.value = report.finished
        text.textContent = `${report.finished}/${report.total}`
        status.textContent = report.statusText
        if (report.status === 'done' || report.status === 'cancelled') return
      }
    } catch {
      // Offline for a moment: try again on the next round.
    }
    setTimeout(poll, 2000)
  }
  setTimeout(poll, 1000)
}
