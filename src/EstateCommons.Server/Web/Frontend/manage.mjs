// The estates manager's pages, made a little nicer where scripts run; every page works the same without it.

// A form marked data-progress (such as "Run allocation") says it is working while the server does the work: the
// button is disabled so it cannot be pressed twice, and a status message with a spinner is announced.
for (const form of document.querySelectorAll('form[data-progress]')) {
  form.addEventListener('submit', () => {
    const button = form.querySelector('button[type="submit"]')
    const status = document.createElement('p')
    status.className = 'app-progress'
    status.setAttribute('role', 'status')
    form.append(status)
    // Disabled after this turn, so the browser still sends the form the button belongs to.
    setTimeout(() => {
      if (button) {
        button.disabled = true
        button.setAttribute('aria-disabled', 'true')
      }
      status.textContent = form.dataset.progress
    })
  })
}

// A table marked data-chart gets a bar chart drawn from it above: the first column labels the bars, and each column
// listed in data-chart-columns (by heading) is a series. The table stays the content; the chart is hidden from
// screen readers, which read the table instead.
const Chart = window.Chart
const colours = ['#005eb8', '#007f3b', '#ffb81c', '#330072', '#d5281b', '#4c6272']

for (const table of document.querySelectorAll('table[data-chart]')) {
  if (!Chart) break
  const headings = [...table.tHead.rows[0].cells].map((cell) => cell.textContent.trim())
  const wanted = table.dataset.chartColumns.split('|')
  const rows = [...table.tBodies[0].rows]
  const labels = rows.map((row) => row.cells[0].textContent.trim())
  const datasets = wanted.map((heading, i) => {
    const column = headings.indexOf(heading)
    return {
      label: heading,
      backgroundColor: colours[i % colours.length],
      data: rows.map((row) => Number.parseFloat(row.cells[column].dataset.value ?? row.cells[column].textContent))
    }
  })
  const figure = document.createElement('div')
  figure.className = 'app-chart'
  figure.setAttribute('aria-hidden', 'true')
  const canvas = document.createElement('canvas')
  figure.append(canvas)
  table.before(figure)
  new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: { maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true } } }
  })
}
