; Inno Setup script of the Windows installer (Inno Setup 6.3 or later: x64compatible).
; It installs the PyInstaller folder dist\cica-desktop (make bundle, or the CI workflow
; .github/workflows/bundle.yml) for the current user or for all users (the installer asks;
; /ALLUSERS or /CURRENTUSER on the command line; /VERYSILENT for a silent install).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\cica-desktop.iss
;
; Paths are relative to this file's folder.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\cica-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; The same AppId in every version: a new version upgrades the old one in place.
AppId={{4C6F2A1E-8B3D-4E59-9A7C-2D1B6E0F5A93}
AppName=cica-desktop
AppVersion={#AppVersion}
AppVerName=cica-desktop {#AppVersion}
AppPublisher=cica-desktop
DefaultDirName={autopf}\cica-desktop
DefaultGroupName=cica-desktop
DisableProgramGroupPage=yes
; Administrators install for everyone; anyone else may install for themselves.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=cica-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\cica-desktop.ico
UninstallDisplayIcon={app}\cica-desktop-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Adds the folder of cica-desktop.exe (the command line) to PATH when the task is chosen.
ChangesEnvironment=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the command line (cica-desktop.exe) to PATH"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\cica-desktop"; Filename: "{app}\cica-desktop-gui.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\cica-desktop"; Filename: "{app}\cica-desktop-gui.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; PATH for the user (per-user install) or for the machine (all users).
Root: HKA; Subkey: "{code:EnvironmentKey}"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotInPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\cica-desktop-gui.exe"; Description: "{cm:LaunchProgram,cica-desktop}"; Flags: nowait postinstall skipifsilent

[Code]
function EnvironmentKey(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function NotInPath(Folder: String): Boolean;
var
  Paths: String;
  RootKey: Integer;
begin
  if IsAdminInstallMode then
    RootKey := HKEY_LOCAL_MACHINE
  else
    RootKey := HKEY_CURRENT_USER;
  if not RegQueryStringValue(RootKey, EnvironmentKey(''), 'Path', Paths) then
    Paths := '';
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
