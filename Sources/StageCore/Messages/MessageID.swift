/// The id of every message: what a catalogue keys its texts by and what tests ask a diagnostic for.
///
/// Grouped as the messages are, by domain (`SyntaxMessages.swift`, ...); the catalogues in
/// `Catalogues/` hold one text per id, in every language.
public enum MessageID: String, Sendable, CaseIterable {
    // Said by code rather than by a catalogue: text as it is, messages in a row or on lines, a list.
    case verbatim, joined, lines, commaList
    // Reading a command: words, strings, operators, values, periods
    case emptyCommand, unterminatedString, hintCloseQuote, unknownEscape, hintEscapes, hintNotEqual, hintNegation
    case unknownOperator, hintEqual, expectedCommand, unknownCommand, missingSubcommand, unexpected, expected, expectedAtEnd
    case expectedOneOf, expectedAssignment, assignmentNeedsEquals, valueFor, aCondition, aValue, anOperatorAfter, unclosedParen
    case hintOpenedHere, unknownPeriod, aListOrPeriod, hintListOrPeriod, notAPeriod, hintPeriods, notANumber
    case thousandsSeparators, notAWholeNumber, notADuration, notADate, impossibleTime, notAKind, operatorNotFor, negativeValue
    case probabilityRange, negativeLimit, boundNeedsDate, inPeriodNeedsDate, aggregateNeedsNumber, sumNeedsNumber, unknownColumn
    case hintOutputColumns, periodNeedsDate, impossibleMonth, impossibleDay, quoted, quotedLong
    // Hints, and the marks before a diagnostic's lines
    case errorPrefix, hintPrefix, warningPrefix, hintDidYouMean, hintUsage, hintOneOf, hintQuoteSpaces, hintAssignment, hintHelp
    case hintListIds, hintStages, hintFields, hintNumbers, hintDates, hintDateFormat, badDateFormat, hintDateFormats
    case hintIsoDates, hintDurations, hintPolicyFree, hintPolicyForward, hintMoveExplicitly, hintMoveThrough, hintConvert
    case hintConvertFirst, hintMove, hintOnDate, hintMoveRecordsFirst, hintRemoveRule, hintRules, hintColumns
    case hintImportRecordsFirst, hintWriteNumber
    // Changing records
    case unknownRecord, unknownStage, unknownField, emptyName, badId, duplicateId, duplicateField, readOnlyField, setStage
    case idIsFixed, createdAfterFirstChange, followsFromStage, clockBeforeLastChange, stageOfOtherKind, noStagesOfKind, added
    case updated, deleted, moved, converted, logged, ruleMoved, alreadyInStage, alreadyOpportunity, notQualified, noClosedStage
    case beforeLastChange, emptyActivity, wrongKind, byRule, policyRefusesBackward, policyRefusesLeavingClosed
    case policyRefusesSkip
    // Stages, the policy and the rules
    case emptyStageName, stageExists, tooManyStages, stageAdded, stageRenamed, stageUpdated, unknownStageSetting, stageInUse
    case stageInHistory, stageInRule, stageRemoved, policyIs, policySet, ruleAdded, ruleRemoved, noRules, noSuchRule
    // The session: consistency, undo, the clock, tables
    case consistent, inconsistent, hintReportInconsistency, nothingToUndo, nothingToRedo, undid, redid, clockFrozen
    case clockCleared, expandedRecord, generated, clockIsFrozen, rowCount, fewRecordsNote, openedTemplateSavesAs, openedTemplate
    // help
    case noHelp, helpIntro, helpFooter, helpAliases, helpExamples, groupRecords, groupQueries, groupReports, groupPipeline
    case groupSession
    // Reading files: CSV rows and system errors
    case cannotRead, cannotWrite, csvEmptyId, csvFieldCount, csvMissingColumn, csvMappedColumnMissing, csvDuplicateColumn
    case csvDuplicateIdInFile, csvKindMismatch, csvUnknownCause, csvNoCreation, csvSecondCreation, csvBrokenChain
    case csvLastStageMismatch, csvUnterminatedQuote, csvStrayQuote, csvTextAfterQuote, runTooDeep, nulByte, invalidUTF8
    case importProblemAt, importProblem, systemNoSuchFile, systemPermissionDenied, systemIsDirectory, systemNotDirectory
    case systemNoSpace, systemReadOnly, systemExists
    // Importing: columns, encodings, adjustments, dry runs
    case unknownEncoding, hintLooksLikeCP1252, utf16OddLength, csvZipArchive, csvRowLonger, csvQuoteNeverCloses, mapColumnTwice
    case mapFieldTwice, hintImportAmounts, adjustedNote, hintStrict, enteredDates, dryRunAdjustments, hintUnknownStageLabel
    case sheetOfCSV, notACurrency, hintCurrencies, stageNamedTwice, csvHeaderOneColumn, hintHeaderDelimiter, csvAmbiguousDates
    case csvMixedDates, hintGiveDates, dryRunRecords, dryRunEvents, dryRunWouldFail
    case csvLooksLikeUTF16, utf16UnpairedSurrogate, csvNotText, csvMissingColumns, adjustedNulDropped, adjustedAmountRounded
    case adjustedClosedOnCreationDay, adjustedClosedBeforeCreation, adjustedNameMissing, adjustedUnchangedRow
    case adjustedUntrackedField, adjustedHistoryDisagrees, lineNote, linesNote, strictNulDropped, strictAmountRounded
    case strictBeforeCreation, strictNameMissing, strictUnchangedRow, strictUntrackedField, strictHistoryDisagrees, problemRows
    case dryRunNoProblems, dryRunProblemGroups, stagesReplaced, delimiterCommas, delimiterSemicolons, delimiterTabs
    case delimiterBars, createdStagesNote, dryRunNewStages, importedRecords, importedFieldEvents, importedEvents
    case refusedNote, exportedRecords, exportedEvents, exportedHistory
    // Live CRM databases (import odoo)
    case odooNoClientLibrary, hintOdooInstallLibpq, odooCannotConnect, odooNotOdoo, hintOdooDatabase, odooNoCRM, hintOdooInstallCRM,
        odooPermissionDenied, odooSchemaDenied
    case hintOdooGrant, odooServerError, odooImported, odooLeftOut, odooImplied, odooDisagreeing, odooDeletedStages
    case odooDryRun, odooDryRunNothingChanged
    // Excel workbooks
    case emptyFile, xlsxNotZip, xlsxHintLooksLikeText, xlsxHintLegacyOrEncrypted, xlsxFileTooLarge, xlsxNoWorkbook
    case xlsxHintOpenDocument, xlsxHintWordDocument, xlsxHintPresentation, xlsxMissingPart, xlsxMissingSheetPart, xlsxDamaged
    case xlsxNoZipDirectory, xlsxUnsupportedCompression, xlsxPartTooLarge, xlsxTotalTooLarge, xlsxCSVTooLarge
    case xlsxHintSplitSheet, xlsxNoSheets, xlsxUnknownSheet, xlsxHintSheets, xlsxNotWorksheet, xlsxMalformedXML
    case xmlUnexpectedEnd, xmlNoRoot, xmlSecondRoot, xmlTextOutsideRoot, xmlExpected, xmlAnElementName
    case xmlASpaceBetweenAttributes, xmlAnAttribute, xmlAQuotedValue, xmlTheClosingQuote, xmlEscapedLessThan, xmlMismatchedEnd
    case xmlStrayEnd, xmlUnknownEntity, xmlBadCharacterReference, xmlDoctype, xmlTagTooLong, xmlNameTooLong
    case xmlTooManyAttributes, xmlTooDeep, xmlEncoding, xlsxBadCellReference, xlsxBadRowNumber, xlsxRowOutOfOrder
    case xlsxCellOutOfOrder, xlsxSharedStringIndex, xlsxCellTooLong, xlsxBytes
    // A snapshot file that is not what it should be
    case snapshotEndOfFile, aString, anObject, anArray, snapshotFoundBoolean, aNumber, snapshotCommaOrEnd
    case snapshotControlInString, snapshotEscapedKey, snapshotBadEscape, snapshotNotASnapshot, snapshotWrongFormat
    case snapshotTooNew, snapshotTooOld, snapshotDuplicateKey, snapshotMissingKey, snapshotUnknownKey, snapshotUnknownValue
    case snapshotPipelineFirst, snapshotTrailing, snapshotDuplicateStage, conditionHasComment, snapshotEmptyLedger
    case snapshotLedgerEnds, snapshotCreatedMismatch, snapshotBrokenChain, snapshotMissingFrom, snapshotFirstHasFrom
    case snapshotFirstNotCreate, snapshotSecondCreate, snapshotOutOfOrder, snapshotFoundCharacter, snapshotFoundByte
    case snapshotNumberRange, snapshotBadNumber, snapshotTooPrecise, snapshotNotWhole
    // Saving, loading, recovering
    case badSnapshotName, hintSnapshotNames, saveWhere, hintSaveName, cannotSave, cannotLoad, saved, loaded, loadWithUnsaved
    case hintLoadBang, loadDiscardsQuestion, nothingToRecover, replayFailed, discarded, notDone, recovered, foundJournal
    // Reports, charts and diff
    case reportWritten, chartNoData, diffAdded, diffRemoved, diffAdvanced, diffMovedBack, diffMoved, diffValueChanged
    case diffOwnerChanged, diffNameChanged, diffAccountChanged, diffSourceChanged, chartWritten, reportOneGroup, outcomeWon
    case outcomeLost, outcomeOpen, chartDays, diffNoChanges, diffCountAdded, diffCountRemoved, diffCountChanged, diffSummary
    case unitDays, valueIn, insightsNoGroup, insightsMinimum, insightsSummary, insightsNone, insightFewer, insightMore
    case cohortNoCreated, velocityNoCreated
    case waterfallAsOf, waterfallNeedsMoments, waterfallBackwards, waterfallStart, waterfallCreated
    case waterfallPulledIn, waterfallReopened, waterfallPushedOut, waterfallWon, waterfallLost, waterfallValueUp
    case waterfallValueDown, waterfallEnd
    case transitionsSummary, transitionsBackNote, transitionsTotal
    // psql's and sqlite3's commands
    case habitAnswer, hintNoMetaCommands, hintColumnsAlwaysNamed
    // The shell: banner, questions, --check and --play
    case banner, interrupted, elapsed, unknownFormatOption, snapshotAndTemplate, interactiveAndBatch, yes, no, unsavedOnQuit
    case journalFailed, checkSummary, playExcludesCommands, playAndCheck, negativeDelay, playStopped, lessonDirectoryFailed
    case savedInLessonDirectory, lessonDirectoryKept, badNowOption
}
