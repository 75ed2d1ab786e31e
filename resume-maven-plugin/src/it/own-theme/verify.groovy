// The project's theme drives every format: its colour in the HTML's style and the DOCX's styles.
def out = new File(basedir, 'target/resume')
def html = new File(out, 'resume.html').getText('UTF-8')
assert html.contains('#2e7d32') : 'the theme colour in the web page'
assert !html.contains('#1f3a5f') : 'not the classic navy'
assert html.contains('uppercase')
def docx = new java.util.zip.ZipFile(new File(out, 'resume.docx'))
def styles = docx.getInputStream(docx.getEntry('word/styles.xml')).getText('UTF-8')
docx.close()
assert styles.toLowerCase().contains('2e7d32') : 'the theme colour in the DOCX styles'
assert new File(out, 'resume.pdf').length() > 1000
return true
