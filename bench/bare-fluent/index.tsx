// The reference for the pane's weight: a bare Fluent UI v9 page, built the same way.
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <Button appearance="primary">OK</Button>
  </FluentProvider>,
);
