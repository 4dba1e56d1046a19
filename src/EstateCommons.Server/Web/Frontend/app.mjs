// Starts the NHS.UK frontend's components (header menu, error summary focus, skip link). Pages work without it.
import { initAll } from './nhsuk-frontend.min.js'

initAll()
