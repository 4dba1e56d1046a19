// Builds what the pages load from /nhsuk/: the styles (NHS.UK frontend compiled with this service's settings),
// the NHS.UK frontend's script and its images, Chart.js and the manager pages' script, into the server's wwwroot/nhsuk (generated; not in git).
import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as sass from 'sass'

const here = dirname(fileURLToPath(import.meta.url))
const frontend = join(here, 'node_modules', 'nhsuk-frontend', 'dist', 'nhsuk')
const out = join(here, '..', '..', 'wwwroot', 'nhsuk')

await rm(out, { recursive: true, force: true })
await mkdir(out, { recursive: true })

const styles = await sass.compileAsync(join(here, 'app.scss'), {
  style: 'compressed',
  importers: [new sass.NodePackageImporter(here)],
  // The frontend's own deprecation notices are for its maintainers, not this build.
  quietDeps: true,
  silenceDeprecations: ['import']
})
await writeFile(join(out, 'app.css'), styles.css)
await cp(join(frontend, 'nhsuk-frontend.min.js'), join(out, 'nhsuk-frontend.min.js'))
await cp(join(here, 'app.mjs'), join(out, 'app.mjs'))
// Chart.js for the estates manager's dashboards (drawn over tables that stay the primary content), and their script.
await cp(join(here, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js'), join(out, 'chart.umd.min.js'))
await cp(join(here, 'manage.mjs'), join(out, 'manage.mjs'))
await cp(join(frontend, 'assets'), join(out, 'assets'), { recursive: true })
console.log(`nhsuk-frontend built into ${out}`)
