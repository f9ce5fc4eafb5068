#!/usr/bin/env bash
# Drives the rdsbm bash completion the way bash does (COMP_WORDS/COMP_CWORD) and checks what it
# offers. Usage: test-completion.sh PATH/TO/rdsbm.bash
set -uo pipefail
script=${1:?usage: test-completion.sh PATH/TO/rdsbm.bash}
# shellcheck source=/dev/null
source "$script"

passed=0
failed=0

# expect "<expected words>" word... : the last word is the one being completed.
expect()
{
    local expected=$1
    shift
    COMP_WORDS=(rdsbm "$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _rdsbm
    local actual
    actual=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//')
    expected=$(printf '%s\n' $expected | sort | tr '\n' ' ' | sed 's/ $//')
    if [ "$actual" = "$expected" ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: rdsbm $*  -> got [$actual], expected [$expected]"
    fi
}

expect "alibaba dbs huawei jobs" ""
expect "alibaba" "al"
expect "instances backups restore-ddr" alibaba ""
expect "list create download" alibaba backups ""
expect "list create download" --demo alibaba backups ""
expect "list create download" --region cn-shanghai alibaba backups ""
expect "list create download" --output=json alibaba backups ""
expect "list create download" --output = json alibaba backups ""
expect "plans restore" dbs ""
expect "list wait" jobs ""
expect "restore" huawei re
expect "table json" --output ""
expect "json" --output j
expect "json" --output = j
expect "en zh_CN zh_TW ja" alibaba instances list --lang ""
expect "zh_CN zh_TW" --lang zh
expect "--instance" alibaba backups list --inst
expect "--backup-id" alibaba backups download --instance i-1 --back
expect "--intranet" alibaba backups download --intr
expect "--method" alibaba backups create --me
expect "Physical Logical Snapshot" alibaba backups create --method ""
expect "Auto FullBackup" alibaba backups create --type ""
expect "instance db" alibaba backups create --strategy ""
expect "Success Failed" alibaba backups list --status ""
expect "Automated Manual" alibaba backups list --mode ""
expect "RDS ECS Express Agent DDS Other dg" dbs restore --dest-type ""
expect "failure renamenew" dbs restore --conflict ""
expect "--dest-region --dest-instance --dest-ip --dest-port --dest-database --dest-user --dest-oracle-sid --dest-type" dbs restore --dest
# --start takes a time in "alibaba backups list" but is a flag of "dbs restore".
expect "" alibaba backups list --start ""
expect "--start" dbs restore --start --sta
expect "--source-instance --source-region" alibaba restore-ddr --sou
expect "--target-instance" huawei restore --source-instance i-1 --tar
expect "--yes" dbs restore --start --ye
expect "--version" --vers
# A complete command offers its options (here only the global ones).
expect "--provider --region --endpoint --profile --demo --output --lang --timeout --yes --help --version" jobs wait ""

# File completion for --out and @FILE (in a scratch directory with known files).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
touch "$scratch/meta.json" "$scratch/other.txt"
cd "$scratch" || exit 1
expect "meta.json" alibaba backups download --out me
expect "@meta.json" alibaba restore-ddr --table-meta @me
expect "@meta.json" dbs restore --objects @m
expect "" alibaba restore-ddr --table-meta "{"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
