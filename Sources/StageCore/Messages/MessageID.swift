/// The id of every message: what a catalogue keys its texts by and what tests ask a diagnostic for.
///
/// The catalogues in `Catalogues/` hold one text per id, in every language.
public enum MessageID: String, Sendable, CaseIterable {
    // Compositions, said by code rather than by a catalogue.
    case verbatim, joined, lines, commaList, columnHeading, heading
    // Reports
    case reportWritten, chartNoData, diffAdded, diffRemoved, diffAdvanced, diffMovedBack, diffMoved, diffValueChanged
    case diffOwnerChanged, diffNameChanged, diffAccountChanged, diffSourceChanged, chartWritten, reportOneGroup
    case outcomeWon, outcomeLost, outcomeOpen, unitDays, valueIn
    // Import
    case unknownEncoding, hintLooksLikeCP1252, utf16OddLength, csvZipArchive, csvRowLonger, csvQuoteNeverCloses, mapColumnTwice
    case mapFieldTwice, hintImportAmounts, adjustedNote, hintStrict, enteredDates, dryRunAdjustments, hintUnknownStageLabel, sheetOfCSV
    case notACurrency, hintCurrencies, stageNamedTwice, csvHeaderOneColumn, hintHeaderDelimiter, csvAmbiguousDates, csvMixedDates
    case hintGiveDates, dryRunRecords, dryRunEvents, dryRunWouldFail, dryRunStageColumn, dryRunCountColumn
    // Habits
    case habitAnswer, hintNoMetaCommands, hintColumnsAlwaysNamed
    // XLSX
    case emptyFile, xlsxNotZip, xlsxHintLooksLikeText, xlsxHintLegacyOrEncrypted, xlsxFileTooLarge, xlsxNoWorkbook, xlsxHintOpenDocument
    case xlsxHintWordDocument, xlsxHintPresentation, xlsxMissingPart, xlsxMissingSheetPart, xlsxDamaged, xlsxNoZipDirectory
    case xlsxUnsupportedCompression, xlsxPartTooLarge, xlsxTotalTooLarge, xlsxCSVTooLarge, xlsxHintSplitSheet, xlsxNoSheets
    case xlsxUnknownSheet, xlsxHintSheets, xlsxNotWorksheet, xlsxMalformedXML, xmlUnexpectedEnd, xmlNoRoot, xmlSecondRoot
    case xmlTextOutsideRoot, xmlExpected, xmlAnElementName, xmlASpaceBetweenAttributes, xmlAnAttribute, xmlAQuotedValue, xmlTheClosingQuote
    case xmlEscapedLessThan, xmlMismatchedEnd, xmlStrayEnd, xmlUnknownEntity, xmlBadCharacterReference, xmlDoctype, xmlTagTooLong
    case xmlNameTooLong, xmlTooManyAttributes, xmlTooDeep, xmlEncoding, xlsxBadCellReference, xlsxBadRowNumber, xlsxRowOutOfOrder
    case xlsxCellOutOfOrder, xlsxSharedStringIndex, xlsxCellTooLong
    // Syntax
    case emptyCommand, unterminatedString, hintCloseQuote, unknownEscape, hintEscapes, hintNotEqual, hintNegation
    case unknownOperator, hintEqual, expectedCommand, unknownCommand, missingSubcommand, unexpected, expected
    case expectedAtEnd, expectedOneOf, expectedAssignment, assignmentNeedsEquals, valueFor, aCondition, aValue, anOperatorAfter
    case unclosedParen, hintOpenedHere, unknownPeriod, aListOrPeriod, hintListOrPeriod, notAPeriod, hintPeriods, notANumber
    case thousandsSeparators, notAWholeNumber, notADuration, notADate, impossibleTime, notAKind, operatorNotFor, negativeValue
    case probabilityRange, negativeLimit, boundNeedsDate, inPeriodNeedsDate, aggregateNeedsNumber, sumNeedsNumber, unknownColumn
    case hintOutputColumns, periodNeedsDate
    // Hints
    case errorPrefix, warningPrefix, hintPrefix, hintDidYouMean, hintUsage, hintOneOf, hintQuoteSpaces, hintAssignment, hintHelp, hintListIds, hintStages, hintFields, hintNumbers
    case hintDates, hintDateFormat, badDateFormat, hintDateFormats, hintIsoDates, hintDurations, hintPolicyFree, hintPolicyForward
    case hintMoveExplicitly, hintMoveThrough, hintConvert, hintConvertFirst, hintMove, hintOnDate, hintMoveRecordsFirst, hintRemoveRule
    case hintRules, hintColumns, hintImportRecordsFirst
    // Records
    case unknownRecord, unknownStage, unknownField, emptyName, badId, duplicateId, duplicateField, readOnlyField, setStage, idIsFixed
    case createdAfterFirstChange, followsFromStage, clockBeforeLastChange, stageOfOtherKind, noStagesOfKind, added, updated, deleted, moved
    case converted, logged, ruleMoved, alreadyInStage, alreadyOpportunity, notQualified, noClosedStage, beforeLastChange, emptyActivity
    case wrongKind, byRule
    // Pipeline
    case emptyStageName, stageExists, tooManyStages, stageAdded, stageRenamed, stageUpdated, unknownStageSetting, stageInUse, stageInHistory
    case stageInRule, stageRemoved, policyIs, policySet, ruleAdded, ruleRemoved
    // Session
    case consistent, inconsistent, hintReportInconsistency, nothingToUndo, nothingToRedo, undid, redid, clockFrozen, clockCleared
    case expandedRecord, generated
    // Help
    case noHelp, helpIntro, helpFooter, helpAliases, helpExamples, groupRecords, groupQueries, groupReports, groupPipeline, groupSession
    // Files
    case cannotRead, cannotWrite, csvEmptyId, csvFieldCount, csvMissingColumn
    case csvMappedColumnMissing, csvDuplicateColumn, csvDuplicateIdInFile, csvKindMismatch, csvUnknownCause, csvNoCreation
    case csvSecondCreation, csvBrokenChain, csvLastStageMismatch, csvUnterminatedQuote, csvStrayQuote, csvTextAfterQuote, runTooDeep
    case nulByte, invalidUTF8
    // Shell
    case banner, interrupted, elapsed, unknownFormatOption, snapshotAndTemplate, interactiveAndBatch, yes, no, unsavedOnQuit, journalFailed
    case checkSummary, playExcludesCommands, playAndCheck, negativeDelay, playStopped, lessonDirectoryFailed, savedInLessonDirectory
    case lessonDirectoryKept
    // SnapshotFormat
    case snapshotEndOfFile, aString, anObject, anArray, snapshotFoundBoolean, aNumber
    case snapshotCommaOrEnd, snapshotControlInString
    case snapshotEscapedKey, snapshotBadEscape, snapshotNotASnapshot, snapshotWrongFormat, snapshotTooNew
    case snapshotTooOld, snapshotDuplicateKey, snapshotMissingKey, snapshotUnknownKey, snapshotUnknownValue, snapshotPipelineFirst
    case snapshotTrailing, snapshotDuplicateStage, conditionHasComment, snapshotEmptyLedger, snapshotLedgerEnds, snapshotCreatedMismatch
    case snapshotBrokenChain, snapshotMissingFrom, snapshotFirstHasFrom, snapshotFirstNotCreate, snapshotSecondCreate, snapshotOutOfOrder
    // Snapshots
    case badSnapshotName, hintSnapshotNames, saveWhere, hintSaveName, cannotSave, cannotLoad, saved, loaded, hintLoadBang
    case loadDiscardsQuestion, nothingToRecover, replayFailed, discarded, notDone
    // More
    case chartDays, diffNoChanges, diffCountAdded, diffCountRemoved, diffCountChanged, diffSummary, csvLooksLikeUTF16
    case utf16UnpairedSurrogate, csvNotText, csvMissingColumns, adjustedNulDropped, adjustedAmountRounded, adjustedClosedOnCreationDay
    case adjustedClosedBeforeCreation, adjustedNameMissing, adjustedUnchangedRow, adjustedUntrackedField, adjustedHistoryDisagrees, lineNote
    case linesNote, strictNulDropped, strictAmountRounded, strictBeforeCreation, strictNameMissing, strictUnchangedRow, strictUntrackedField
    case strictHistoryDisagrees, problemRows, dryRunNoProblems, dryRunProblemGroups, stagesReplaced, delimiterCommas, delimiterSemicolons
    case delimiterTabs, delimiterBars, createdStagesNote, dryRunNewStages, importedRecords, importedFieldEvents, importedEvents, refusedNote
    case exportedRecords, exportedEvents, importProblemAt, importProblem, systemNoSuchFile, systemPermissionDenied, systemIsDirectory
    case systemNotDirectory, systemNoSpace, systemReadOnly, systemExists, impossibleMonth, impossibleDay, hintWriteNumber
    case policyRefusesBackward, policyRefusesLeavingClosed, policyRefusesSkip, noRules, noSuchRule, clockIsFrozen, rowCount, openedTemplate
    case openedTemplateSavesAs, recovered, foundJournal, snapshotFoundCharacter, snapshotFoundByte, snapshotNumberRange, snapshotBadNumber
    case snapshotTooPrecise, snapshotNotWhole, badNowOption, xlsxBytes, quoted, quotedLong, loadWithUnsaved
}
