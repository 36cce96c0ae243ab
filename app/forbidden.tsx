import { StatusMessage } from "@/components/layout/StatusMessage";

export default function Forbidden() {
  return (
    <StatusMessage title="This part of the site is for our newsroom">
      Your account does not have access to it. If you think it should, ask an administrator.
    </StatusMessage>
  );
}
