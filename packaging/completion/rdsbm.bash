# bash completion for rdsbm, the command-line client of RDS Backup Manager.
# Installed as share/bash-completion/completions/rdsbm. The commands and options follow
# app/cli/commandspec.cpp; tests/packaging checks that the two agree.

_rdsbm_global_options="--provider --region --endpoint --profile --demo --output --lang --timeout --yes --help --version"

# The words that may follow a partial command ("" is the start).
_rdsbm_next_words()
{
    case "$1" in
        "") echo "alibaba dbs huawei jobs" ;;
        alibaba) echo "instances backups restore-ddr" ;;
        "alibaba instances") echo "list" ;;
        "alibaba backups") echo "list create download" ;;
        dbs) echo "plans restore" ;;
        "dbs plans") echo "list" ;;
        huawei) echo "instances backups restore" ;;
        "huawei instances" | "huawei backups") echo "list" ;;
        jobs) echo "list wait" ;;
    esac
}

# The options of a complete command.
_rdsbm_command_options()
{
    case "$1" in
        "alibaba backups list") echo "--instance --start --end --status --mode --backup-id --limit" ;;
        "alibaba backups create") echo "--instance --method --strategy --type --db" ;;
        "alibaba backups download") echo "--instance --backup-id --out --intranet" ;;
        "alibaba restore-ddr")
            echo "--instance --source-instance --source-region --backup-set-id --restore-time --table-meta --client-token" ;;
        "dbs restore")
            echo "--plan --name --dest-type --dest-region --dest-instance --dest-ip --dest-port --dest-database" \
                 "--dest-user --dest-oracle-sid --gateway --cross-aliyun-id --cross-role --backup-set-id" \
                 "--restore-time --objects --conflict --start --client-token" ;;
        "huawei backups list") echo "--instance" ;;
        "huawei restore") echo "--source-instance --backup-id --restore-time --target-instance" ;;
    esac
}

# Succeeds when OPTION takes a value within COMMAND (--start is a flag of "dbs restore" only).
_rdsbm_takes_value()
{
    case "$2" in
        --demo | --yes | --help | -h | --version | --intranet) return 1 ;;
        --start) [ "$1" != "dbs restore" ] ;;
        *) return 0 ;;
    esac
}

# Fills COMPREPLY with compgen's matches, one per line, so that file names may hold spaces.
_rdsbm_reply()
{
    mapfile -t COMPREPLY < <(compgen "$@")
}

_rdsbm()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=""
    local option_index=$((COMP_CWORD - 1))
    if [ "$COMP_CWORD" -gt 1 ] && [ "${COMP_WORDS[COMP_CWORD - 1]}" = "=" ]; then
        option_index=$((COMP_CWORD - 2))
    fi
    [ "$option_index" -ge 1 ] && prev=${COMP_WORDS[option_index]}
    [ "$cur" = "=" ] && { prev=${COMP_WORDS[COMP_CWORD - 1]}; cur=""; }

    # The command is made of the bare words, skipping options and their values.
    local command="" word i=1
    while [ "$i" -lt "$COMP_CWORD" ]; do
        word=${COMP_WORDS[i]}
        if [ "$word" = "=" ]; then
            i=$((i + 2))
            continue
        fi
        if [[ $word == -* ]]; then
            if [[ $word == *=* ]]; then
                i=$((i + 1))
            elif [ "${COMP_WORDS[i + 1]}" = "=" ]; then
                i=$((i + 3))
            elif _rdsbm_takes_value "$command" "$word"; then
                i=$((i + 2))
            else
                i=$((i + 1))
            fi
            continue
        fi
        if [ -n "$(_rdsbm_next_words "$command")" ]; then
            command=${command:+$command }$word
        fi
        i=$((i + 1))
    done

    if [[ $prev == -* ]] && _rdsbm_takes_value "$command" "$prev"; then
        case "$prev" in
            --provider) _rdsbm_reply -W "alibaba huawei" -- "$cur" ;;
            --output) _rdsbm_reply -W "table json" -- "$cur" ;;
            --lang) _rdsbm_reply -W "en zh_CN zh_TW ja" -- "$cur" ;;
            --status) _rdsbm_reply -W "Success Failed" -- "$cur" ;;
            --mode) _rdsbm_reply -W "Automated Manual" -- "$cur" ;;
            --method) _rdsbm_reply -W "Physical Logical Snapshot" -- "$cur" ;;
            --strategy) _rdsbm_reply -W "instance db" -- "$cur" ;;
            --type) _rdsbm_reply -W "Auto FullBackup" -- "$cur" ;;
            --dest-type) _rdsbm_reply -W "RDS ECS Express Agent DDS Other dg" -- "$cur" ;;
            --conflict) _rdsbm_reply -W "failure renamenew" -- "$cur" ;;
            --out)
                compopt -o filenames 2>/dev/null
                _rdsbm_reply -f -- "$cur"
                ;;
            --table-meta | --objects)
                # JSON inline, or @FILE (@- for standard input).
                if [[ $cur == @* ]]; then
                    compopt -o filenames 2>/dev/null
                    _rdsbm_reply -P @ -f -- "${cur#@}"
                fi
                ;;
            *) COMPREPLY=() ;;
        esac
        return 0
    fi

    local next
    next=$(_rdsbm_next_words "$command")
    if [[ $cur == -* ]] || [ -z "$next" ]; then
        _rdsbm_reply -W "$_rdsbm_global_options $(_rdsbm_command_options "$command")" -- "$cur"
    else
        _rdsbm_reply -W "$next" -- "$cur"
    fi
    return 0
}

complete -F _rdsbm rdsbm
