; NSIS installer skeleton for 年报工作台 (Nianbao). Build: makensis /DVERSION=0.1.0 /DDIST=dist nianbao.nsi
Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef DIST
  !define DIST "dist"
!endif

Name "年报工作台"
OutFile "nianbao-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\Nianbao"
InstallDirRegKey HKLM "Software\Nianbao" "InstallDir"
RequestExecutionLevel admin

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  WriteRegStr HKLM "Software\Nianbao" "InstallDir" "$INSTDIR"
  ; .nianbao documents open in the workbench.
  WriteRegStr HKCR ".nianbao" "" "Nianbao.Report"
  WriteRegStr HKCR "Nianbao.Report" "" "年报工作台文档"
  WriteRegStr HKCR "Nianbao.Report\DefaultIcon" "" "$INSTDIR\nianbao.exe,0"
  WriteRegStr HKCR "Nianbao.Report\shell\open\command" "" '"$INSTDIR\nianbao.exe" "%1"'
  CreateShortCut "$SMPROGRAMS\年报工作台.lnk" "$INSTDIR\nianbao.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\Nianbao" "DisplayName" "年报工作台"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\Nianbao" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\Nianbao" "UninstallString" '"$INSTDIR\uninstall.exe"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\年报工作台.lnk"
  DeleteRegKey HKCR "Nianbao.Report"
  DeleteRegKey HKCR ".nianbao"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\Nianbao"
  DeleteRegKey HKLM "Software\Nianbao"
  RMDir /r "$INSTDIR"
SectionEnd
