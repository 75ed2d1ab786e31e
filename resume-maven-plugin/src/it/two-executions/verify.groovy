// Two executions, two versions, two languages, one warm pipeline.
def en = new File(basedir, 'target/academic-en/resume.txt').getText('UTF-8')
def de = new File(basedir, 'target/industry-de/resume.txt').getText('UTF-8')
assert new File(basedir, 'target/academic-en/resume.pdf').isFile()
assert new File(basedir, 'target/industry-de/resume.pdf').isFile()

// The academic version in English: its publication and bullet, not the industry one.
assert en.contains('Research Scientist')
assert en.contains('Co-supervised four master')
assert en.contains('Long Reads in Short Time')
assert !en.contains('variant caller') && !en.contains('Variantenaufrufer')

// The industry version in German: German labels and texts, no academic item.
assert de.contains('Computerbiologin')
assert de.contains('Wissenschaftlerin')
assert de.contains('Lieferte den Variantenaufrufer')
assert de.contains('Berufserfahrung') : 'the section heading in German'
assert de.contains('heute') : '"Present" in German'
assert !de.contains('Long Reads') && !de.contains('master')

// US Letter for the second, A4 (the default) for the first: the MediaBox of the first page.
def box = { f -> (new File(basedir, f).getText('ISO-8859-1') =~ /\/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)/)[0][1] as double }
assert Math.abs(box('target/industry-de/resume.pdf') - 612) < 1
assert Math.abs(box('target/academic-en/resume.pdf') - 595.3) < 1

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('starting a pipeline for this build') == 1 : 'one pipeline is made'
assert log.count('using the warm pipeline of an earlier execution in this build') == 1 : 'and the second execution uses it'
assert log.indexOf('(academic-en)') < log.indexOf('(industry-de)')
return true
