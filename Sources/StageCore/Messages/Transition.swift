public typealias Messages = Message
