/** The validation messages of one part of the scorecard form, shown right under it. */
export function FieldProblems({ messages }: { messages: readonly string[] }) {
  return (
    <>
      {messages.map((message) => (
        <span key={message} className="inline-error">
          {message}
        </span>
      ))}
    </>
  );
}
