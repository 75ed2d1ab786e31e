// A JSON Resume through the same goals: read, validated, rendered to the formats asked for.
def out = new File(basedir, 'target/site-cv')
def txt = new File(out, 'resume.txt')
def md = new File(out, 'resume.md')
assert txt.isFile() && md.isFile()
assert !new File(out, 'resume.pdf').exists() : 'only the formats asked for'
assert !new File(basedir, 'target/resume').exists() : 'the folder asked for, not the default'
def text = txt.getText('UTF-8')
assert text.startsWith('Tomasz Wierzbicki')
assert text.contains('Rzeka Analytics')
assert text.contains('Cut the nightly batch from 6 hours to 40 minutes.')
assert md.getText('UTF-8').contains('**stay up**') : 'Markdown in, Markdown out'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('cv' + File.separator + 'resume.json: valid')
return true
