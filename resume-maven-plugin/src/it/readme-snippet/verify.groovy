// `mvn package` with the README's pom wrote what the README says it writes.
def text = new File(readme).getText('UTF-8')
def section = text.substring(text.indexOf('## Use it from your own repository'))
def listing = (section =~ /(?s)writes:\n\n```\n(.*?)```/)[0][1]
def files = listing.readLines().collect { it.replaceAll(/\s+#.*$/, '').trim() }.findAll { it }
assert files.size() >= 3 : listing
files.each { path ->
  def file = new File(basedir, path)
  assert file.isFile() && file.length() > 1000 : "the README says mvn package writes ${path}"
}
def html = new File(basedir, files.find { it.endsWith('.html') }).getText('UTF-8')
assert html.contains('Farida Haddad-Moreau')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('resume.xml: valid') && log.contains('BUILD SUCCESS')
return true
