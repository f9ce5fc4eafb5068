<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>CloudJobJson</name>
    <message>
        <source>A job has no local id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has an unknown kind, state or provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::alibaba::ClientToken</name>
    <message>
        <source>ClientToken is required: make one per user action and reuse it on every retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientToken may contain only printable ASCII characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClientToken must be at most %1 characters long; it has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::alibaba::ReplyReader</name>
    <message>
        <source>The reply has no field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a count (a whole number, zero or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not an unsigned 64-bit decimal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a UTC time (yyyy-MM-ddTHH:mm:ssZ or yyyy-MM-ddTHH:mmZ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply field %1 is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::cli</name>
    <message>
        <source>--provider must be alibaba or huawei.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output must be table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be one of en, zh_CN, zh_TW, ja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds between 1 and 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run rdsbm --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1 for &quot;rdsbm %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Run rdsbm --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rdsbm %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rdsbm &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and restores for Alibaba Cloud RDS, DBS and Huawei Cloud RDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success; 2 invalid usage or input, nothing sent; 3 the service answered with an error; 4 network failure or timeout after retries; 5 a downloaded file failed verification; 6 a confirmation was refused or missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::downloads::PartialFileChecksum</name>
    <message>
        <source>Could not read %1 to resume it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 to resume it: it ended after %2 of %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rdsbm::models::BackupTableModel</name>
    <message>
        <source>CRC-64 of the backup file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup set ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
