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
rem C1 only starts fastest; `report` on 48 MB or more of input files gets full tiered compilation (as bin/edito)
set "JIT=-XX:TieredStopAtLevel=1"
set "EDITO_COMMAND="
set "EDITO_SKIP="
for %%a in (%*) do call :command "%%~a"
if /i "%EDITO_COMMAND%"=="report" (
  set /a EDITO_KB=0
  for %%a in (%*) do if exist "%%~a" if not exist "%%~a\" call :addsize "%%~za"
  rem a folder of exports: the files report reads in it (metrics/ExportFiles.java)
  for %%a in (%*) do if exist "%%~a\" call :addfolder "%%~a"
)
if /i "%EDITO_COMMAND%"=="report" if %EDITO_KB% GEQ 50331 set "JIT="
"%JAVA_CMD%" -XX:+UseSerialGC %JIT% -Xss4m %EDITO_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:command
if defined EDITO_COMMAND goto :eof
if defined EDITO_SKIP (set "EDITO_SKIP=" & goto :eof)
if "%~1"=="--config" (set "EDITO_SKIP=1" & goto :eof)
if "%~1"=="--color" (set "EDITO_SKIP=1" & goto :eof)
set "EDITO_ARG=%~1"
if "%EDITO_ARG:~0,1%"=="-" goto :eof
set "EDITO_COMMAND=%~1"
goto :eof

:addfolder
rem FOR /R takes its root when the line is read: a FOR variable cannot be it, a subroutine's argument can
for /r "%~1" %%f in (*.csv *.tsv) do call :addsize "%%~zf"
goto :eof

:addsize
rem sizes in thousands of bytes (set /a is 32-bit): the last three digits dropped; 48 MiB is 50,331 of them
set "EDITO_SIZE=%~1"
if "%EDITO_SIZE:~3%"=="" goto :eof
set /a EDITO_KB+=%EDITO_SIZE:~0,-3%
goto :eof
