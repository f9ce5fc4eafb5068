<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>rdsbm::downloads::BackupDownload</name>
    <message numerus="yes">
        <source>%1 The link was renewed %n time(s) without any data arriving.</source>
        <translation>
            <numerusform>%1 The link was renewed once without any data arriving.</numerusform>
            <numerusform>%1 The link was renewed %n times without any data arriving.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The download failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>The download failed after %n attempt: %1</numerusform>
            <numerusform>The download failed after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The download was canceled; %1 keeps the %n byte(s) received so far.</source>
        <translation>
            <numerusform>The download was canceled; %1 keeps the %n byte received so far.</numerusform>
            <numerusform>The download was canceled; %1 keeps the %n bytes received so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::CallDeadline</name>
    <message numerus="yes">
        <source>No reply within the time limit of %n second(s).</source>
        <translation>
            <numerusform>No reply within the time limit of %n second.</numerusform>
            <numerusform>No reply within the time limit of %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::operations::CreateBackupOperation</name>
    <message numerus="yes">
        <source>CreateBackup got no usable reply %n time(s) and no backup job is running on %1: the backup may have finished or failed already.</source>
        <translation>
            <numerusform>CreateBackup got no usable reply (%n attempt) and no backup job is running on %1: the backup may have finished or failed already.</numerusform>
            <numerusform>CreateBackup got no usable reply %n times and no backup job is running on %1: the backup may have finished or failed already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::BackupsPane</name>
    <message numerus="yes">
        <source>%n backup set(s) shown</source>
        <translation>
            <numerusform>%n backup set shown</numerusform>
            <numerusform>%n backup sets shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::CreateBackupDialog</name>
    <message numerus="yes">
        <source>%n backup set(s) today, of the %1 an instance may create per day.</source>
        <translation>
            <numerusform>%n backup set today, of the %1 an instance may create per day.</numerusform>
            <numerusform>%n backup sets today, of the %1 an instance may create per day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::DdrTargetPage</name>
    <message numerus="yes">
        <source>%n of %1 instance(s) can take this restore; the others say why.</source>
        <translation>
            <numerusform>%n of %1 instances can take this restore; the others say why.</numerusform>
            <numerusform>%n of %1 instances can take this restore; the others say why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::HuaweiTargetPage</name>
    <message numerus="yes">
        <source>%n of %1 instance(s) can take this restore; the others say why.</source>
        <translation>
            <numerusform>%n of %1 instances can take this restore; the others say why.</numerusform>
            <numerusform>%n of %1 instances can take this restore; the others say why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ProfileDialog</name>
    <message numerus="yes">
        <source>Connected. The account can use %n region(s).</source>
        <translation>
            <numerusform>Connected. The account can use %n region.</numerusform>
            <numerusform>Connected. The account can use %n regions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rdsbm::ui::ProfileImportDialog</name>
    <message numerus="yes">
        <source>%n profile(s) can be imported. Untick the ones you do not want.</source>
        <translation>
            <numerusform>%n profile can be imported. Untick it if you do not want it.</numerusform>
            <numerusform>%n profiles can be imported. Untick the ones you do not want.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) saved.</source>
        <translation>
            <numerusform>%n profile saved.</numerusform>
            <numerusform>%n profiles saved.</numerusform>
        </translation>
    </message>
</context>
</TS>
