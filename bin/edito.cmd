@echo off
rem edito launcher for Windows: runs target\edito.jar, building it first when it is missing.
setlocal
set "HOME_DIR=%~dp0.."
set "JAR=%HOME_DIR%\lib\edito.jar"
if not exist "%JAR%" set "JAR=%HOME_DIR%\target\edito.jar"
if not exist "%JAR%" (
  echo edito: building target\edito.jar ^(takes a minute once^)... 1>&2
  pushd "%HOME_DIR%"
  call mvnw.cmd -q -B -DskipTests package >NUL 2>&1
  popd
)
if not exist "%JAR%" (
  echo edito: build failed; run mvnw.cmd -B package to see why 1>&2
  exit /b 3
)
set "JAVA_CMD=java"
if defined JAVA_HOME set "JAVA_CMD=%JAVA_HOME%\bin\java"
"%JAVA_CMD%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m %EDITO_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
