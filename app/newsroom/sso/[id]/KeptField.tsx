"use client";

import { useState } from "react";

// A field that keeps what was typed when the form's action answers: React
// resets uncontrolled fields after a form action, which would throw away a
// pasted metadata document that was refused with a message.
export function KeptField({
  multiline,
  defaultValue = "",
  ...props
}: { multiline?: boolean; defaultValue?: string; name: string } & React.InputHTMLAttributes<HTMLInputElement> &
  React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const [value, setValue] = useState(defaultValue);
  return multiline ? (
    <textarea {...props} value={value} onChange={(e) => setValue(e.target.value)} />
  ) : (
    <input {...props} value={value} onChange={(e) => setValue(e.target.value)} />
  );
}
