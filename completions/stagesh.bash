# bash completion for stagesh(1): its flags, their values, script files, and
# for the snapshot argument the snapshots in the data directory.
# Installed as $PREFIX/share/bash-completion/completions/stagesh.

# The snapshot names (NAME.json) in the data directory, found as stagesh finds
# it: --data-dir on the line, else $STAGESH_HOME, else $XDG_DATA_HOME/stagesh,
# else ~/.local/share/stagesh.
_stagesh_snapshots() {
    local dir i word file
    if [[ -n ${STAGESH_HOME-} ]]; then
        dir=$STAGESH_HOME
    elif [[ ${XDG_DATA_HOME-} == /* ]]; then
        dir=$XDG_DATA_HOME/stagesh
    else
        dir=$HOME/.local/share/stagesh
    fi
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word == --data-dir && $((i + 1)) -lt $COMP_CWORD ]]; then
            dir=${COMP_WORDS[i + 1]}
            [[ ${COMP_WORDS[i + 1]} == = ]] && dir=${COMP_WORDS[i + 2]}
        fi
    done
    [[ $dir == "~/"* ]] && dir=$HOME/${dir#"~/"}
    for file in "$dir"/*.json; do
        [[ -f $file ]] || continue
        file=${file##*/}
        [[ $file == .* ]] || printf '%s\n' "${file%.json}"
    done
}

_stagesh() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    local IFS=$'\n'
    # --format=csv: bash splits the word at =.
    if [[ $cur == = ]]; then
        cur=""
    elif [[ $prev == = ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi
    COMPREPLY=()
    case $prev in
    --format)
        COMPREPLY=($(compgen -W $'table\ncsv\ntsv\njson\nmarkdown' -- "$cur"))
        return ;;
    --lang)
        COMPREPLY=($(compgen -W $'en\nvi' -- "$cur"))
        return ;;
    --now)
        COMPREPLY=($(compgen -W $'today\nyesterday' -- "$cur"))
        return ;;
    -f | --init | --play | --check)
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -X '!*.stg' -- "$cur") $(compgen -d -- "$cur"))
        return ;;
    --data-dir)
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -d -- "$cur"))
        return ;;
    -c | --delay)
        # A command or a number: nothing to list.
        return ;;
    --template)
        COMPREPLY=($(compgen -W "$(_stagesh_snapshots)" -- "$cur"))
        return ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W $'-c\n-f\n--keep-going\n--echo\n-q\n--quiet\n--check-invariants\n--template\n--format\n--lang\n--now\n--init\n--no-init\n--data-dir\n--journal\n--interactive\n--batch\n--play\n--delay\n--no-wait\n--check\n--version\n-h\n--help' -- "$cur"))
        return
    fi
    # One snapshot at most: none once a word that is not an option's value came before.
    local i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
        -c | -f | --format | --lang | --now | --init | --data-dir | --play | --delay | --check | --template)
            ((i++))
            [[ ${COMP_WORDS[i]} == = ]] && ((i++)) ;;
        -* | =) ;;
        *) return ;;
        esac
    done
    COMPREPLY=($(compgen -W "$(_stagesh_snapshots)" -- "$cur"))
    # A path once the word looks like one, as `load` completes at the prompt.
    if [[ $cur == */* || $cur == .* || $cur == "~"* ]]; then
        compopt -o filenames 2>/dev/null
        COMPREPLY+=($(compgen -f -- "$cur"))
    fi
}

complete -F _stagesh stagesh
