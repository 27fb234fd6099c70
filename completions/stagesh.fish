# fish completion for stagesh(1): its flags, their values, script files, and
# for the snapshot argument the snapshots in the data directory.
# Installed as $PREFIX/share/fish/vendor_completions.d/stagesh.fish.

# The snapshot names (NAME.json) in the data directory, found as stagesh finds
# it: --data-dir on the line, else $STAGESH_HOME, else $XDG_DATA_HOME/stagesh,
# else ~/.local/share/stagesh.
function __stagesh_snapshots
    set -l dir $HOME/.local/share/stagesh
    if test -n "$STAGESH_HOME"
        set dir $STAGESH_HOME
    else if string match -q -- '/*' "$XDG_DATA_HOME"
        set dir $XDG_DATA_HOME/stagesh
    end
    set -l tokens (commandline -opc)
    for i in (seq 2 (count $tokens))
        if test "$tokens[$i]" = --data-dir; and test $i -lt (count $tokens)
            set dir $tokens[(math $i + 1)]
        else if string match -q -- '--data-dir=*' $tokens[$i]
            set dir (string replace -- --data-dir= '' $tokens[$i])
        end
    end
    for file in $dir/*.json
        test -f $file; and basename $file .json
    end
end

# Scripts (*.stg) and directories to look for them in.
function __stagesh_scripts
    __fish_complete_path (commandline -ct) | string match -r -- '^[^\t]*(?:\.stg|/)(?:\t.*)?$'
end

# Whether no snapshot was given yet: every word so far is an option or an option's value.
function __stagesh_needs_snapshot
    set -l tokens (commandline -opc)
    set -l skip 0
    for token in $tokens[2..-1]
        if test $skip = 1
            set skip 0
        else if contains -- $token -c -f --format --lang --now --init --data-dir --play --delay --check --template
            set skip 1
        else if not string match -q -- '-*' $token
            return 1
        end
    end
    return 0
end

complete -c stagesh -f
complete -c stagesh -s c -x -d 'Run a command (repeatable), then exit'
complete -c stagesh -s f -x -a '(__stagesh_scripts)' -d 'Run a script file (- for standard input)'
complete -c stagesh -l keep-going -d 'Continue after a failing command'
complete -c stagesh -l echo -d 'Echo each command before its output'
complete -c stagesh -s q -l quiet -d 'Print results and errors only: no notices'
complete -c stagesh -l check-invariants -d 'Check every invariant of the data after each command'
complete -c stagesh -l template -x -a '(__stagesh_snapshots)' -d 'Start from a copy of a snapshot'
complete -c stagesh -l format -x -a 'table csv tsv json markdown' -d 'Output format'
complete -c stagesh -l lang -x -a 'en vi' -d 'Language of messages, help and report headings'
complete -c stagesh -l now -x -a 'today yesterday' -d 'Freeze the session clock at this date'
complete -c stagesh -l init -x -a '(__stagesh_scripts)' -d 'Run a script, then stay interactive'
complete -c stagesh -l no-init -d 'Do not run $XDG_CONFIG_HOME/stagesh/init.stg'
complete -c stagesh -l data-dir -x -a '(__fish_complete_directories)' -d 'Where snapshots and journals live'
complete -c stagesh -l journal -d 'Journal a batch session'
complete -c stagesh -l interactive -d 'Force the interactive prompt'
complete -c stagesh -l batch -d 'Force batch mode: no banner, no prompt'
complete -c stagesh -l play -x -a '(__stagesh_scripts)' -d 'Present a script, typing each command'
complete -c stagesh -l delay -x -d 'With --play: milliseconds between typed characters'
complete -c stagesh -l no-wait -d 'With --play: run straight through and exit'
complete -c stagesh -l check -x -a '(__stagesh_scripts)' -d 'Parse a script and report every error'
complete -c stagesh -l version -d 'Show the version'
complete -c stagesh -s h -l help -d 'Show help information'
complete -c stagesh -n __stagesh_needs_snapshot -a '(__stagesh_snapshots)' -d snapshot
complete -c stagesh -n '__stagesh_needs_snapshot; and string match -qr -- "^[.~]|/" (commandline -ct)' -a '(__fish_complete_path (commandline -ct))'
