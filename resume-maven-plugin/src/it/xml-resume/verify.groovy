// The default build: validate at validate, render at package into target/resume/, pdf+html+docx.
def out = new File(basedir, 'target/resume')
['pdf', 'html', 'docx'].each { ext ->
  def file = new File(out, "resume.${ext}")
  assert file.isFile() && file.length() > 1000 : "missing ${file}"
}
assert !new File(out, 'resume.txt').exists() : 'only the default formats'
assert new File(out, 'resume.pdf').bytes[0..4] == '%PDF-'.bytes.toList()
def html = new File(out, 'resume.html').getText('UTF-8')
assert html.contains('Mireille Okonkwo-Ferrand')
assert html.contains('Pont &amp; Arche Ingénierie')
assert !html.contains('+33 1 00 00 00 00') : 'a private item stays out by default'
def docx = new java.util.zip.ZipFile(new File(out, 'resume.docx'))
assert docx.getInputStream(docx.getEntry('word/document.xml')).getText('UTF-8').contains('Okonkwo-Ferrand')
docx.close()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('resume.xml: valid') : 'the validate goal ran'
assert log =~ /resume-maven-plugin:[^:]+:validate \(default\)/
assert log =~ /resume-maven-plugin:[^:]+:render \(default\)/
assert log.indexOf(':validate (default)') < log.indexOf(':render (default)') : 'validate comes first'
assert log.contains('BUILD SUCCESS')
return true
