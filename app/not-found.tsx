import { StatusMessage } from "@/components/layout/StatusMessage";

export default function NotFound() {
  return (
    <StatusMessage title="We could not find that page">
      The story or page you asked for does not exist, or is no longer published. Article IDs have ten digits, like 2007090041.
    </StatusMessage>
  );
}
