import { Button, type ButtonProps } from "@fluentui/react-components";
import { useRef } from "react";

/**
 * A button that opens the browser's file chooser; the chosen file goes to `onFile`, and the same file can be chosen
 * again.
 */
export function FilePicker({
  label,
  accept,
  disabled,
  appearance,
  onFile,
}: {
  label: string;
  accept: string;
  disabled?: boolean;
  appearance?: ButtonProps["appearance"];
  onFile(file: File): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        style={{ display: "none" }}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) onFile(file);
        }}
      />
      <Button appearance={appearance} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}
