/// What may come next at the cursor, as the command's grammar says.
enum Expectation: Equatable {
    /// A literal word of the grammar.
    case keyword(String)
    /// A value of an argument kind (stage, id, field, file, ...).
    case argument(ArgumentKind)
    /// The next word of a command name after the words already typed
    /// (the first word when there are none): at the command position and for `help`.
    case commandWord(after: [String])
    /// `FIELD=` in an assignments clause.
    case assignmentField(AssignmentContext)
    /// The value after `FIELD=`.
    case assignmentValue(field: String, AssignmentContext)
    /// The start of a condition in an expression: a field or `not`.
    case condition
    /// What follows a field in a condition: an operator, `in` or `not in`.
    case operatorAfter(field: String)
    /// A value of the named field, after an operator or inside `in (...)`.
    case fieldValue(String)
    /// A key of `by`: a field or a period such as `month(`.
    case groupKey
    /// The date field inside a period: `month(created)`.
    case periodField
    /// A field of `order by`.
    case orderField
}
