// The build failed at validate with the résumé's own place, in one line, and rendered nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
def resume = new File(basedir, 'resume.xml').canonicalFile.path
def place = ~/(?m)^\[ERROR\] (.*resume\.xml):(\d+):(\d+): (.*2021-13.*)$/
def m = place.matcher(log)
assert m.find() : 'an [ERROR] line file:line:column: what is wrong\n' + log
assert new File(m.group(1)).canonicalFile.path == resume
assert m.group(2) == '9' : 'the line of <start>2021-13</start>'
assert m.group(3).toInteger() > 0
assert log.contains('BUILD FAILURE')
assert log =~ /Failed to execute goal io\.resume:resume-maven-plugin:[^:]+:validate \(default\) on project broken-resume: .*resume\.xml:9:\d+: /
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace'
assert !new File(basedir, 'target/resume').exists() : 'nothing rendered'
return true
