import "windmill-components/assets/app.css";
import { mount } from "svelte";
import { workspaceStore } from "windmill-components/stores";
import Harness from "./Harness.svelte";

workspaceStore.set("forms");
mount(Harness, { target: document.getElementById("app") });
