// An empty folder with a résumé gets the pom.xml the README shows: its <plugin> block pasted
// into the pom around it, both read out of the README, so that the README cannot drift.
def text = new File(readme).getText('UTF-8')
def section = text.substring(text.indexOf('## Use it from your own repository'))
section = section.substring(0, section.indexOf('\n## ', 4) < 0 ? section.length() : section.indexOf('\n## ', 4))
def blocks = (section =~ /(?s)```xml\n(.*?)```/).collect { it[1] }
def plugin = blocks.find { it.trim().startsWith('<plugin>') }
def around = blocks.find { it.contains('<project') }
assert plugin != null : 'the README shows a <plugin> block'
assert around != null : 'the README shows the pom around it'
def marker = '<!-- the <plugin> block above -->'
assert around.contains(marker)
def indent = (around =~ /(?m)^( *)\Q${marker}\E/)[0][1]
def pom = around.replace(indent + marker, plugin.readLines().collect { indent + it }.join('\n'))
new File(basedir, 'pom.xml').setText(pom, 'UTF-8')
return true
