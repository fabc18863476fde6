import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace switchboard {

    namespace v1 {

        interface IRequest extends switchboard.v1.Request.$Properties {
        }

        class Request {
            constructor(properties?: switchboard.v1.Request.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            ping?: (switchboard.v1.Ping.$Properties|null);
            login?: (switchboard.v1.Login.$Properties|null);
            setPresence?: (switchboard.v1.SetPresence.$Properties|null);
            accept?: (switchboard.v1.AcceptOffer.$Properties|null);
            reject?: (switchboard.v1.RejectOffer.$Properties|null);
            complete?: (switchboard.v1.CompleteContact.$Properties|null);
            finishWrapUp?: (switchboard.v1.FinishWrapUp.$Properties|null);
            logout?: (switchboard.v1.Logout.$Properties|null);
            recordWrapUp?: (switchboard.v1.RecordWrapUp.$Properties|null);
            transfer?: (switchboard.v1.Transfer.$Properties|null);
            cancelTransfer?: (switchboard.v1.ContactRef.$Properties|null);
            escalate?: (switchboard.v1.Escalate.$Properties|null);
            scheduleFollowUp?: (switchboard.v1.ScheduleFollowUp.$Properties|null);
            createContact?: (switchboard.v1.CreateContact.$Properties|null);
            abandon?: (switchboard.v1.ContactRef.$Properties|null);
            connected?: (switchboard.v1.ContactRef.$Properties|null);
            hold?: (switchboard.v1.ContactRef.$Properties|null);
            unhold?: (switchboard.v1.ContactRef.$Properties|null);
            end?: (switchboard.v1.ContactRef.$Properties|null);
            position?: (switchboard.v1.ContactRef.$Properties|null);
            survey?: (switchboard.v1.SurveyAnswer.$Properties|null);
            requestCallback?: (switchboard.v1.CallbackRequest.$Properties|null);
            callbackFailed?: (switchboard.v1.ContactRef.$Properties|null);
            subscribe?: (switchboard.v1.Subscribe.$Properties|null);
            forcePresence?: (switchboard.v1.ForcePresence.$Properties|null);
            forceLogout?: (switchboard.v1.ForceLogout.$Properties|null);
            updateContact?: (switchboard.v1.UpdateContact.$Properties|null);
            snapshotPage?: (switchboard.v1.SnapshotPage.$Properties|null);
            getContact?: (switchboard.v1.ContactRef.$Properties|null);
            endContact?: (switchboard.v1.EndContact.$Properties|null);
            removeContact?: (switchboard.v1.RemoveContact.$Properties|null);
            assignContact?: (switchboard.v1.AssignContact.$Properties|null);
            listFollowUps?: (switchboard.v1.ListFollowUps.$Properties|null);
            cancelFollowUp?: (switchboard.v1.CancelFollowUp.$Properties|null);
            rescheduleFollowUp?: (switchboard.v1.RescheduleFollowUp.$Properties|null);
            body?: ("ping"|"login"|"setPresence"|"accept"|"reject"|"complete"|"finishWrapUp"|"logout"|"recordWrapUp"|"transfer"|"cancelTransfer"|"escalate"|"scheduleFollowUp"|"createContact"|"abandon"|"connected"|"hold"|"unhold"|"end"|"position"|"survey"|"requestCallback"|"callbackFailed"|"subscribe"|"forcePresence"|"forceLogout"|"updateContact"|"snapshotPage"|"getContact"|"endContact"|"removeContact"|"assignContact"|"listFollowUps"|"cancelFollowUp"|"rescheduleFollowUp");
            static create(properties: switchboard.v1.Request.$Shape): switchboard.v1.Request & switchboard.v1.Request.$Shape;
            static create(properties?: switchboard.v1.Request.$Properties): switchboard.v1.Request;
            static encode(message: switchboard.v1.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Request & switchboard.v1.Request.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Request;
            static toObject(message: switchboard.v1.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Request {
            interface $Properties {
                id?: (string|null);
                ping?: (switchboard.v1.Ping.$Properties|null);
                login?: (switchboard.v1.Login.$Properties|null);
                setPresence?: (switchboard.v1.SetPresence.$Properties|null);
                accept?: (switchboard.v1.AcceptOffer.$Properties|null);
                reject?: (switchboard.v1.RejectOffer.$Properties|null);
                complete?: (switchboard.v1.CompleteContact.$Properties|null);
                finishWrapUp?: (switchboard.v1.FinishWrapUp.$Properties|null);
                logout?: (switchboard.v1.Logout.$Properties|null);
                recordWrapUp?: (switchboard.v1.RecordWrapUp.$Properties|null);
                transfer?: (switchboard.v1.Transfer.$Properties|null);
                cancelTransfer?: (switchboard.v1.ContactRef.$Properties|null);
                escalate?: (switchboard.v1.Escalate.$Properties|null);
                scheduleFollowUp?: (switchboard.v1.ScheduleFollowUp.$Properties|null);
                createContact?: (switchboard.v1.CreateContact.$Properties|null);
                abandon?: (switchboard.v1.ContactRef.$Properties|null);
                connected?: (switchboard.v1.ContactRef.$Properties|null);
                hold?: (switchboard.v1.ContactRef.$Properties|null);
                unhold?: (switchboard.v1.ContactRef.$Properties|null);
                end?: (switchboard.v1.ContactRef.$Properties|null);
                position?: (switchboard.v1.ContactRef.$Properties|null);
                survey?: (switchboard.v1.SurveyAnswer.$Properties|null);
                requestCallback?: (switchboard.v1.CallbackRequest.$Properties|null);
                callbackFailed?: (switchboard.v1.ContactRef.$Properties|null);
                subscribe?: (switchboard.v1.Subscribe.$Properties|null);
                forcePresence?: (switchboard.v1.ForcePresence.$Properties|null);
                forceLogout?: (switchboard.v1.ForceLogout.$Properties|null);
                updateContact?: (switchboard.v1.UpdateContact.$Properties|null);
                snapshotPage?: (switchboard.v1.SnapshotPage.$Properties|null);
                getContact?: (switchboard.v1.ContactRef.$Properties|null);
                endContact?: (switchboard.v1.EndContact.$Properties|null);
                removeContact?: (switchboard.v1.RemoveContact.$Properties|null);
                assignContact?: (switchboard.v1.AssignContact.$Properties|null);
                listFollowUps?: (switchboard.v1.ListFollowUps.$Properties|null);
                cancelFollowUp?: (switchboard.v1.CancelFollowUp.$Properties|null);
                rescheduleFollowUp?: (switchboard.v1.RescheduleFollowUp.$Properties|null);
                body?: ("ping"|"login"|"setPresence"|"accept"|"reject"|"complete"|"finishWrapUp"|"logout"|"recordWrapUp"|"transfer"|"cancelTransfer"|"escalate"|"scheduleFollowUp"|"createContact"|"abandon"|"connected"|"hold"|"unhold"|"end"|"position"|"survey"|"requestCallback"|"callbackFailed"|"subscribe"|"forcePresence"|"forceLogout"|"updateContact"|"snapshotPage"|"getContact"|"endContact"|"removeContact"|"assignContact"|"listFollowUps"|"cancelFollowUp"|"rescheduleFollowUp");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: string|null;
              ping?: switchboard.v1.Ping.$Shape|null;
              login?: switchboard.v1.Login.$Shape|null;
              setPresence?: switchboard.v1.SetPresence.$Shape|null;
              accept?: switchboard.v1.AcceptOffer.$Shape|null;
              reject?: switchboard.v1.RejectOffer.$Shape|null;
              complete?: switchboard.v1.CompleteContact.$Shape|null;
              finishWrapUp?: switchboard.v1.FinishWrapUp.$Shape|null;
              logout?: switchboard.v1.Logout.$Shape|null;
              recordWrapUp?: switchboard.v1.RecordWrapUp.$Shape|null;
              transfer?: switchboard.v1.Transfer.$Shape|null;
              cancelTransfer?: switchboard.v1.ContactRef.$Shape|null;
              escalate?: switchboard.v1.Escalate.$Shape|null;
              scheduleFollowUp?: switchboard.v1.ScheduleFollowUp.$Shape|null;
              createContact?: switchboard.v1.CreateContact.$Shape|null;
              abandon?: switchboard.v1.ContactRef.$Shape|null;
              connected?: switchboard.v1.ContactRef.$Shape|null;
              hold?: switchboard.v1.ContactRef.$Shape|null;
              unhold?: switchboard.v1.ContactRef.$Shape|null;
              end?: switchboard.v1.ContactRef.$Shape|null;
              position?: switchboard.v1.ContactRef.$Shape|null;
              survey?: switchboard.v1.SurveyAnswer.$Shape|null;
              requestCallback?: switchboard.v1.CallbackRequest.$Shape|null;
              callbackFailed?: switchboard.v1.ContactRef.$Shape|null;
              subscribe?: switchboard.v1.Subscribe.$Shape|null;
              forcePresence?: switchboard.v1.ForcePresence.$Shape|null;
              forceLogout?: switchboard.v1.ForceLogout.$Shape|null;
              updateContact?: switchboard.v1.UpdateContact.$Shape|null;
              snapshotPage?: switchboard.v1.SnapshotPage.$Shape|null;
              getContact?: switchboard.v1.ContactRef.$Shape|null;
              endContact?: switchboard.v1.EndContact.$Shape|null;
              removeContact?: switchboard.v1.RemoveContact.$Shape|null;
              assignContact?: switchboard.v1.AssignContact.$Shape|null;
              listFollowUps?: switchboard.v1.ListFollowUps.$Shape|null;
              cancelFollowUp?: switchboard.v1.CancelFollowUp.$Shape|null;
              rescheduleFollowUp?: switchboard.v1.RescheduleFollowUp.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "ping"; ping: switchboard.v1.Ping.$Shape; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "login"; ping?: null; login: switchboard.v1.Login.$Shape; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "setPresence"; ping?: null; login?: null; setPresence: switchboard.v1.SetPresence.$Shape; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "accept"; ping?: null; login?: null; setPresence?: null; accept: switchboard.v1.AcceptOffer.$Shape; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "reject"; ping?: null; login?: null; setPresence?: null; accept?: null; reject: switchboard.v1.RejectOffer.$Shape; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "complete"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete: switchboard.v1.CompleteContact.$Shape; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "finishWrapUp"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp: switchboard.v1.FinishWrapUp.$Shape; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "logout"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout: switchboard.v1.Logout.$Shape; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "recordWrapUp"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp: switchboard.v1.RecordWrapUp.$Shape; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "transfer"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer: switchboard.v1.Transfer.$Shape; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "cancelTransfer"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer: switchboard.v1.ContactRef.$Shape; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "escalate"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate: switchboard.v1.Escalate.$Shape; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "scheduleFollowUp"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp: switchboard.v1.ScheduleFollowUp.$Shape; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "createContact"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact: switchboard.v1.CreateContact.$Shape; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "abandon"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon: switchboard.v1.ContactRef.$Shape; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "connected"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected: switchboard.v1.ContactRef.$Shape; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "hold"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold: switchboard.v1.ContactRef.$Shape; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "unhold"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold: switchboard.v1.ContactRef.$Shape; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "end"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end: switchboard.v1.ContactRef.$Shape; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "position"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position: switchboard.v1.ContactRef.$Shape; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "survey"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey: switchboard.v1.SurveyAnswer.$Shape; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "requestCallback"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback: switchboard.v1.CallbackRequest.$Shape; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "callbackFailed"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed: switchboard.v1.ContactRef.$Shape; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "subscribe"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe: switchboard.v1.Subscribe.$Shape; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "forcePresence"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence: switchboard.v1.ForcePresence.$Shape; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "forceLogout"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout: switchboard.v1.ForceLogout.$Shape; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "updateContact"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact: switchboard.v1.UpdateContact.$Shape; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "snapshotPage"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage: switchboard.v1.SnapshotPage.$Shape; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "getContact"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact: switchboard.v1.ContactRef.$Shape; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "endContact"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact: switchboard.v1.EndContact.$Shape; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "removeContact"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact: switchboard.v1.RemoveContact.$Shape; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "assignContact"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact: switchboard.v1.AssignContact.$Shape; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "listFollowUps"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps: switchboard.v1.ListFollowUps.$Shape; cancelFollowUp?: null; rescheduleFollowUp?: null }|{ body?: "cancelFollowUp"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp: switchboard.v1.CancelFollowUp.$Shape; rescheduleFollowUp?: null }|{ body?: "rescheduleFollowUp"; ping?: null; login?: null; setPresence?: null; accept?: null; reject?: null; complete?: null; finishWrapUp?: null; logout?: null; recordWrapUp?: null; transfer?: null; cancelTransfer?: null; escalate?: null; scheduleFollowUp?: null; createContact?: null; abandon?: null; connected?: null; hold?: null; unhold?: null; end?: null; position?: null; survey?: null; requestCallback?: null; callbackFailed?: null; subscribe?: null; forcePresence?: null; forceLogout?: null; updateContact?: null; snapshotPage?: null; getContact?: null; endContact?: null; removeContact?: null; assignContact?: null; listFollowUps?: null; cancelFollowUp?: null; rescheduleFollowUp: switchboard.v1.RescheduleFollowUp.$Shape })
            );
        }

        interface IPing extends switchboard.v1.Ping.$Properties {
        }

        class Ping {
            constructor(properties?: switchboard.v1.Ping.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: switchboard.v1.Ping.$Shape): switchboard.v1.Ping & switchboard.v1.Ping.$Shape;
            static create(properties?: switchboard.v1.Ping.$Properties): switchboard.v1.Ping;
            static encode(message: switchboard.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Ping & switchboard.v1.Ping.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Ping;
            static toObject(message: switchboard.v1.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Ping {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.Ping.$Properties;
        }

        interface ILogin extends switchboard.v1.Login.$Properties {
        }

        class Login {
            constructor(properties?: switchboard.v1.Login.$Properties);
            $unknowns?: Uint8Array[];
            agentId?: (string|null);
            profile?: (switchboard.v1.AgentProfile.$Properties|null);
            presence?: (string|null);
            reason?: (string|null);
            static create(properties: switchboard.v1.Login.$Shape): switchboard.v1.Login & switchboard.v1.Login.$Shape;
            static create(properties?: switchboard.v1.Login.$Properties): switchboard.v1.Login;
            static encode(message: switchboard.v1.Login.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Login & switchboard.v1.Login.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Login;
            static toObject(message: switchboard.v1.Login, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Login {
            interface $Properties {
                agentId?: (string|null);
                profile?: (switchboard.v1.AgentProfile.$Properties|null);
                presence?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.Login.$Properties;
        }

        interface ISetPresence extends switchboard.v1.SetPresence.$Properties {
        }

        class SetPresence {
            constructor(properties?: switchboard.v1.SetPresence.$Properties);
            $unknowns?: Uint8Array[];
            agentId?: (string|null);
            presence: string;
            reason?: (string|null);
            static create(properties: switchboard.v1.SetPresence.$Shape): switchboard.v1.SetPresence & switchboard.v1.SetPresence.$Shape;
            static create(properties?: switchboard.v1.SetPresence.$Properties): switchboard.v1.SetPresence;
            static encode(message: switchboard.v1.SetPresence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.SetPresence & switchboard.v1.SetPresence.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.SetPresence;
            static toObject(message: switchboard.v1.SetPresence, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SetPresence {
            interface $Properties {
                agentId?: (string|null);
                presence?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.SetPresence.$Properties;
        }

        interface IAcceptOffer extends switchboard.v1.AcceptOffer.$Properties {
        }

        class AcceptOffer {
            constructor(properties?: switchboard.v1.AcceptOffer.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            static create(properties: switchboard.v1.AcceptOffer.$Shape): switchboard.v1.AcceptOffer & switchboard.v1.AcceptOffer.$Shape;
            static create(properties?: switchboard.v1.AcceptOffer.$Properties): switchboard.v1.AcceptOffer;
            static encode(message: switchboard.v1.AcceptOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.AcceptOffer & switchboard.v1.AcceptOffer.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.AcceptOffer;
            static toObject(message: switchboard.v1.AcceptOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AcceptOffer {
            interface $Properties {
                contactId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.AcceptOffer.$Properties;
        }

        interface IRejectOffer extends switchboard.v1.RejectOffer.$Properties {
        }

        class RejectOffer {
            constructor(properties?: switchboard.v1.RejectOffer.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            static create(properties: switchboard.v1.RejectOffer.$Shape): switchboard.v1.RejectOffer & switchboard.v1.RejectOffer.$Shape;
            static create(properties?: switchboard.v1.RejectOffer.$Properties): switchboard.v1.RejectOffer;
            static encode(message: switchboard.v1.RejectOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.RejectOffer & switchboard.v1.RejectOffer.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.RejectOffer;
            static toObject(message: switchboard.v1.RejectOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RejectOffer {
            interface $Properties {
                contactId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.RejectOffer.$Properties;
        }

        interface ICompleteContact extends switchboard.v1.CompleteContact.$Properties {
        }

        class CompleteContact {
            constructor(properties?: switchboard.v1.CompleteContact.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            static create(properties: switchboard.v1.CompleteContact.$Shape): switchboard.v1.CompleteContact & switchboard.v1.CompleteContact.$Shape;
            static create(properties?: switchboard.v1.CompleteContact.$Properties): switchboard.v1.CompleteContact;
            static encode(message: switchboard.v1.CompleteContact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.CompleteContact & switchboard.v1.CompleteContact.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.CompleteContact;
            static toObject(message: switchboard.v1.CompleteContact, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CompleteContact {
            interface $Properties {
                contactId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.CompleteContact.$Properties;
        }

        interface IFinishWrapUp extends switchboard.v1.FinishWrapUp.$Properties {
        }

        class FinishWrapUp {
            constructor(properties?: switchboard.v1.FinishWrapUp.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            disposition?: (string|null);
            notes?: (string|null);
            static create(properties: switchboard.v1.FinishWrapUp.$Shape): switchboard.v1.FinishWrapUp & switchboard.v1.FinishWrapUp.$Shape;
            static create(properties?: switchboard.v1.FinishWrapUp.$Properties): switchboard.v1.FinishWrapUp;
            static encode(message: switchboard.v1.FinishWrapUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.FinishWrapUp & switchboard.v1.FinishWrapUp.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.FinishWrapUp;
            static toObject(message: switchboard.v1.FinishWrapUp, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace FinishWrapUp {
            interface $Properties {
                contactId?: (string|null);
                disposition?: (string|null);
                notes?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.FinishWrapUp.$Properties;
        }

        interface ILogout extends switchboard.v1.Logout.$Properties {
        }

        class Logout {
            constructor(properties?: switchboard.v1.Logout.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: switchboard.v1.Logout.$Shape): switchboard.v1.Logout & switchboard.v1.Logout.$Shape;
            static create(properties?: switchboard.v1.Logout.$Properties): switchboard.v1.Logout;
            static encode(message: switchboard.v1.Logout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Logout & switchboard.v1.Logout.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Logout;
            static toObject(message: switchboard.v1.Logout, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Logout {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.Logout.$Properties;
        }

        interface IRecordWrapUp extends switchboard.v1.RecordWrapUp.$Properties {
        }

        class RecordWrapUp {
            constructor(properties?: switchboard.v1.RecordWrapUp.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            disposition?: (string|null);
            notes?: (string|null);
            static create(properties: switchboard.v1.RecordWrapUp.$Shape): switchboard.v1.RecordWrapUp & switchboard.v1.RecordWrapUp.$Shape;
            static create(properties?: switchboard.v1.RecordWrapUp.$Properties): switchboard.v1.RecordWrapUp;
            static encode(message: switchboard.v1.RecordWrapUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.RecordWrapUp & switchboard.v1.RecordWrapUp.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.RecordWrapUp;
            static toObject(message: switchboard.v1.RecordWrapUp, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RecordWrapUp {
            interface $Properties {
                contactId?: (string|null);
                disposition?: (string|null);
                notes?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.RecordWrapUp.$Properties;
        }

        interface ITransfer extends switchboard.v1.Transfer.$Properties {
        }

        class Transfer {
            constructor(properties?: switchboard.v1.Transfer.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            queueId?: (string|null);
            agentId?: (string|null);
            consult: boolean;
            notes?: (string|null);
            static create(properties: switchboard.v1.Transfer.$Shape): switchboard.v1.Transfer & switchboard.v1.Transfer.$Shape;
            static create(properties?: switchboard.v1.Transfer.$Properties): switchboard.v1.Transfer;
            static encode(message: switchboard.v1.Transfer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Transfer & switchboard.v1.Transfer.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Transfer;
            static toObject(message: switchboard.v1.Transfer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Transfer {
            interface $Properties {
                contactId?: (string|null);
                queueId?: (string|null);
                agentId?: (string|null);
                consult?: (boolean|null);
                notes?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.Transfer.$Properties;
        }

        interface IScheduleFollowUp extends switchboard.v1.ScheduleFollowUp.$Properties {
        }

        class ScheduleFollowUp {
            constructor(properties?: switchboard.v1.ScheduleFollowUp.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            dueAt: number;
            note: string;
            queueId?: (string|null);
            static create(properties: switchboard.v1.ScheduleFollowUp.$Shape): switchboard.v1.ScheduleFollowUp & switchboard.v1.ScheduleFollowUp.$Shape;
            static create(properties?: switchboard.v1.ScheduleFollowUp.$Properties): switchboard.v1.ScheduleFollowUp;
            static encode(message: switchboard.v1.ScheduleFollowUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ScheduleFollowUp & switchboard.v1.ScheduleFollowUp.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ScheduleFollowUp;
            static toObject(message: switchboard.v1.ScheduleFollowUp, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ScheduleFollowUp {
            interface $Properties {
                contactId?: (string|null);
                dueAt?: (number|null);
                note?: (string|null);
                queueId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ScheduleFollowUp.$Properties;
        }

        interface IListFollowUps extends switchboard.v1.ListFollowUps.$Properties {
        }

        class ListFollowUps {
            constructor(properties?: switchboard.v1.ListFollowUps.$Properties);
            $unknowns?: Uint8Array[];
            agentId?: (string|null);
            customerId?: (string|null);
            static create(properties: switchboard.v1.ListFollowUps.$Shape): switchboard.v1.ListFollowUps & switchboard.v1.ListFollowUps.$Shape;
            static create(properties?: switchboard.v1.ListFollowUps.$Properties): switchboard.v1.ListFollowUps;
            static encode(message: switchboard.v1.ListFollowUps.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ListFollowUps & switchboard.v1.ListFollowUps.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ListFollowUps;
            static toObject(message: switchboard.v1.ListFollowUps, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ListFollowUps {
            interface $Properties {
                agentId?: (string|null);
                customerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ListFollowUps.$Properties;
        }

        interface ICancelFollowUp extends switchboard.v1.CancelFollowUp.$Properties {
        }

        class CancelFollowUp {
            constructor(properties?: switchboard.v1.CancelFollowUp.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            reason?: (string|null);
            static create(properties: switchboard.v1.CancelFollowUp.$Shape): switchboard.v1.CancelFollowUp & switchboard.v1.CancelFollowUp.$Shape;
            static create(properties?: switchboard.v1.CancelFollowUp.$Properties): switchboard.v1.CancelFollowUp;
            static encode(message: switchboard.v1.CancelFollowUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.CancelFollowUp & switchboard.v1.CancelFollowUp.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.CancelFollowUp;
            static toObject(message: switchboard.v1.CancelFollowUp, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CancelFollowUp {
            interface $Properties {
                contactId?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.CancelFollowUp.$Properties;
        }

        interface IRescheduleFollowUp extends switchboard.v1.RescheduleFollowUp.$Properties {
        }

        class RescheduleFollowUp {
            constructor(properties?: switchboard.v1.RescheduleFollowUp.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            dueAt: number;
            static create(properties: switchboard.v1.RescheduleFollowUp.$Shape): switchboard.v1.RescheduleFollowUp & switchboard.v1.RescheduleFollowUp.$Shape;
            static create(properties?: switchboard.v1.RescheduleFollowUp.$Properties): switchboard.v1.RescheduleFollowUp;
            static encode(message: switchboard.v1.RescheduleFollowUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.RescheduleFollowUp & switchboard.v1.RescheduleFollowUp.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.RescheduleFollowUp;
            static toObject(message: switchboard.v1.RescheduleFollowUp, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RescheduleFollowUp {
            interface $Properties {
                contactId?: (string|null);
                dueAt?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.RescheduleFollowUp.$Properties;
        }

        interface ICallbackRequest extends switchboard.v1.CallbackRequest.$Properties {
        }

        class CallbackRequest {
            constructor(properties?: switchboard.v1.CallbackRequest.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            number?: (string|null);
            static create(properties: switchboard.v1.CallbackRequest.$Shape): switchboard.v1.CallbackRequest & switchboard.v1.CallbackRequest.$Shape;
            static create(properties?: switchboard.v1.CallbackRequest.$Properties): switchboard.v1.CallbackRequest;
            static encode(message: switchboard.v1.CallbackRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.CallbackRequest & switchboard.v1.CallbackRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.CallbackRequest;
            static toObject(message: switchboard.v1.CallbackRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CallbackRequest {
            interface $Properties {
                contactId?: (string|null);
                number?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.CallbackRequest.$Properties;
        }

        interface IEscalate extends switchboard.v1.Escalate.$Properties {
        }

        class Escalate {
            constructor(properties?: switchboard.v1.Escalate.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            reason: string;
            notes?: (string|null);
            static create(properties: switchboard.v1.Escalate.$Shape): switchboard.v1.Escalate & switchboard.v1.Escalate.$Shape;
            static create(properties?: switchboard.v1.Escalate.$Properties): switchboard.v1.Escalate;
            static encode(message: switchboard.v1.Escalate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Escalate & switchboard.v1.Escalate.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Escalate;
            static toObject(message: switchboard.v1.Escalate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Escalate {
            interface $Properties {
                contactId?: (string|null);
                reason?: (string|null);
                notes?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.Escalate.$Properties;
        }

        interface ICreateContact extends switchboard.v1.CreateContact.$Properties {
        }

        class CreateContact {
            constructor(properties?: switchboard.v1.CreateContact.$Properties);
            $unknowns?: Uint8Array[];
            externalId: string;
            queueId: string;
            channel: string;
            language: string;
            skills: { [k: string]: number };
            customer?: (switchboard.v1.Customer.$Properties|null);
            priority?: (number|null);
            preferredAgentId?: (string|null);
            context?: (google.protobuf.Struct.$Properties|null);
            handoff?: (switchboard.v1.BotHandoff.$Properties|null);
            static create(properties: switchboard.v1.CreateContact.$Shape): switchboard.v1.CreateContact & switchboard.v1.CreateContact.$Shape;
            static create(properties?: switchboard.v1.CreateContact.$Properties): switchboard.v1.CreateContact;
            static encode(message: switchboard.v1.CreateContact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.CreateContact & switchboard.v1.CreateContact.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.CreateContact;
            static toObject(message: switchboard.v1.CreateContact, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CreateContact {
            interface $Properties {
                externalId?: (string|null);
                queueId?: (string|null);
                channel?: (string|null);
                language?: (string|null);
                skills?: ({ [k: string]: number }|null);
                customer?: (switchboard.v1.Customer.$Properties|null);
                priority?: (number|null);
                preferredAgentId?: (string|null);
                context?: (google.protobuf.Struct.$Properties|null);
                handoff?: (switchboard.v1.BotHandoff.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              externalId?: string|null;
              queueId?: string|null;
              channel?: string|null;
              language?: string|null;
              skills?: { [k: string]: number }|null;
              customer?: switchboard.v1.Customer.$Shape|null;
              priority?: number|null;
              preferredAgentId?: string|null;
              context?: google.protobuf.Struct.$Shape|null;
              handoff?: switchboard.v1.BotHandoff.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IBotHandoff extends switchboard.v1.BotHandoff.$Properties {
        }

        class BotHandoff {
            constructor(properties?: switchboard.v1.BotHandoff.$Properties);
            $unknowns?: Uint8Array[];
            transcript: switchboard.v1.TranscriptLine.$Properties[];
            intent?: (string|null);
            botId?: (string|null);
            static create(properties: switchboard.v1.BotHandoff.$Shape): switchboard.v1.BotHandoff & switchboard.v1.BotHandoff.$Shape;
            static create(properties?: switchboard.v1.BotHandoff.$Properties): switchboard.v1.BotHandoff;
            static encode(message: switchboard.v1.BotHandoff.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.BotHandoff & switchboard.v1.BotHandoff.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.BotHandoff;
            static toObject(message: switchboard.v1.BotHandoff, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace BotHandoff {
            interface $Properties {
                transcript?: (switchboard.v1.TranscriptLine.$Properties[]|null);
                intent?: (string|null);
                botId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.BotHandoff.$Properties;
        }

        interface ITranscriptLine extends switchboard.v1.TranscriptLine.$Properties {
        }

        class TranscriptLine {
            constructor(properties?: switchboard.v1.TranscriptLine.$Properties);
            $unknowns?: Uint8Array[];
            from: string;
            text: string;
            at?: (number|null);
            static create(properties: switchboard.v1.TranscriptLine.$Shape): switchboard.v1.TranscriptLine & switchboard.v1.TranscriptLine.$Shape;
            static create(properties?: switchboard.v1.TranscriptLine.$Properties): switchboard.v1.TranscriptLine;
            static encode(message: switchboard.v1.TranscriptLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.TranscriptLine & switchboard.v1.TranscriptLine.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.TranscriptLine;
            static toObject(message: switchboard.v1.TranscriptLine, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TranscriptLine {
            interface $Properties {
                from?: (string|null);
                text?: (string|null);
                at?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.TranscriptLine.$Properties;
        }

        interface ISurveyAnswer extends switchboard.v1.SurveyAnswer.$Properties {
        }

        class SurveyAnswer {
            constructor(properties?: switchboard.v1.SurveyAnswer.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            helpful?: (boolean|null);
            reason?: (string|null);
            static create(properties: switchboard.v1.SurveyAnswer.$Shape): switchboard.v1.SurveyAnswer & switchboard.v1.SurveyAnswer.$Shape;
            static create(properties?: switchboard.v1.SurveyAnswer.$Properties): switchboard.v1.SurveyAnswer;
            static encode(message: switchboard.v1.SurveyAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.SurveyAnswer & switchboard.v1.SurveyAnswer.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.SurveyAnswer;
            static toObject(message: switchboard.v1.SurveyAnswer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SurveyAnswer {
            interface $Properties {
                contactId?: (string|null);
                helpful?: (boolean|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.SurveyAnswer.$Properties;
        }

        interface IContactRef extends switchboard.v1.ContactRef.$Properties {
        }

        class ContactRef {
            constructor(properties?: switchboard.v1.ContactRef.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            static create(properties: switchboard.v1.ContactRef.$Shape): switchboard.v1.ContactRef & switchboard.v1.ContactRef.$Shape;
            static create(properties?: switchboard.v1.ContactRef.$Properties): switchboard.v1.ContactRef;
            static encode(message: switchboard.v1.ContactRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactRef & switchboard.v1.ContactRef.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactRef;
            static toObject(message: switchboard.v1.ContactRef, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactRef {
            interface $Properties {
                contactId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactRef.$Properties;
        }

        interface ISubscribe extends switchboard.v1.Subscribe.$Properties {
        }

        class Subscribe {
            constructor(properties?: switchboard.v1.Subscribe.$Properties);
            $unknowns?: Uint8Array[];
            pageSize: number;
            batched: boolean;
            static create(properties: switchboard.v1.Subscribe.$Shape): switchboard.v1.Subscribe & switchboard.v1.Subscribe.$Shape;
            static create(properties?: switchboard.v1.Subscribe.$Properties): switchboard.v1.Subscribe;
            static encode(message: switchboard.v1.Subscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Subscribe & switchboard.v1.Subscribe.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Subscribe;
            static toObject(message: switchboard.v1.Subscribe, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Subscribe {
            interface $Properties {
                pageSize?: (number|null);
                batched?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.Subscribe.$Properties;
        }

        interface ISnapshotPage extends switchboard.v1.SnapshotPage.$Properties {
        }

        class SnapshotPage {
            constructor(properties?: switchboard.v1.SnapshotPage.$Properties);
            $unknowns?: Uint8Array[];
            cursor: string;
            static create(properties: switchboard.v1.SnapshotPage.$Shape): switchboard.v1.SnapshotPage & switchboard.v1.SnapshotPage.$Shape;
            static create(properties?: switchboard.v1.SnapshotPage.$Properties): switchboard.v1.SnapshotPage;
            static encode(message: switchboard.v1.SnapshotPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.SnapshotPage & switchboard.v1.SnapshotPage.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.SnapshotPage;
            static toObject(message: switchboard.v1.SnapshotPage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace SnapshotPage {
            interface $Properties {
                cursor?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.SnapshotPage.$Properties;
        }

        interface IForcePresence extends switchboard.v1.ForcePresence.$Properties {
        }

        class ForcePresence {
            constructor(properties?: switchboard.v1.ForcePresence.$Properties);
            $unknowns?: Uint8Array[];
            agentId: string;
            presence: string;
            reason?: (string|null);
            static create(properties: switchboard.v1.ForcePresence.$Shape): switchboard.v1.ForcePresence & switchboard.v1.ForcePresence.$Shape;
            static create(properties?: switchboard.v1.ForcePresence.$Properties): switchboard.v1.ForcePresence;
            static encode(message: switchboard.v1.ForcePresence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ForcePresence & switchboard.v1.ForcePresence.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ForcePresence;
            static toObject(message: switchboard.v1.ForcePresence, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ForcePresence {
            interface $Properties {
                agentId?: (string|null);
                presence?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ForcePresence.$Properties;
        }

        interface IForceLogout extends switchboard.v1.ForceLogout.$Properties {
        }

        class ForceLogout {
            constructor(properties?: switchboard.v1.ForceLogout.$Properties);
            $unknowns?: Uint8Array[];
            agentId: string;
            endContacts: boolean;
            static create(properties: switchboard.v1.ForceLogout.$Shape): switchboard.v1.ForceLogout & switchboard.v1.ForceLogout.$Shape;
            static create(properties?: switchboard.v1.ForceLogout.$Properties): switchboard.v1.ForceLogout;
            static encode(message: switchboard.v1.ForceLogout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ForceLogout & switchboard.v1.ForceLogout.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ForceLogout;
            static toObject(message: switchboard.v1.ForceLogout, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ForceLogout {
            interface $Properties {
                agentId?: (string|null);
                endContacts?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ForceLogout.$Properties;
        }

        interface IEndContact extends switchboard.v1.EndContact.$Properties {
        }

        class EndContact {
            constructor(properties?: switchboard.v1.EndContact.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            reason: string;
            static create(properties: switchboard.v1.EndContact.$Shape): switchboard.v1.EndContact & switchboard.v1.EndContact.$Shape;
            static create(properties?: switchboard.v1.EndContact.$Properties): switchboard.v1.EndContact;
            static encode(message: switchboard.v1.EndContact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.EndContact & switchboard.v1.EndContact.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.EndContact;
            static toObject(message: switchboard.v1.EndContact, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace EndContact {
            interface $Properties {
                contactId?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.EndContact.$Properties;
        }

        interface IAssignContact extends switchboard.v1.AssignContact.$Properties {
        }

        class AssignContact {
            constructor(properties?: switchboard.v1.AssignContact.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            static create(properties: switchboard.v1.AssignContact.$Shape): switchboard.v1.AssignContact & switchboard.v1.AssignContact.$Shape;
            static create(properties?: switchboard.v1.AssignContact.$Properties): switchboard.v1.AssignContact;
            static encode(message: switchboard.v1.AssignContact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.AssignContact & switchboard.v1.AssignContact.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.AssignContact;
            static toObject(message: switchboard.v1.AssignContact, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AssignContact {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.AssignContact.$Properties;
        }

        interface IRemoveContact extends switchboard.v1.RemoveContact.$Properties {
        }

        class RemoveContact {
            constructor(properties?: switchboard.v1.RemoveContact.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            reason: string;
            static create(properties: switchboard.v1.RemoveContact.$Shape): switchboard.v1.RemoveContact & switchboard.v1.RemoveContact.$Shape;
            static create(properties?: switchboard.v1.RemoveContact.$Properties): switchboard.v1.RemoveContact;
            static encode(message: switchboard.v1.RemoveContact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.RemoveContact & switchboard.v1.RemoveContact.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.RemoveContact;
            static toObject(message: switchboard.v1.RemoveContact, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace RemoveContact {
            interface $Properties {
                contactId?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.RemoveContact.$Properties;
        }

        interface IUpdateContact extends switchboard.v1.UpdateContact.$Properties {
        }

        class UpdateContact {
            constructor(properties?: switchboard.v1.UpdateContact.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            priority?: (number|null);
            queueId?: (string|null);
            static create(properties: switchboard.v1.UpdateContact.$Shape): switchboard.v1.UpdateContact & switchboard.v1.UpdateContact.$Shape;
            static create(properties?: switchboard.v1.UpdateContact.$Properties): switchboard.v1.UpdateContact;
            static encode(message: switchboard.v1.UpdateContact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.UpdateContact & switchboard.v1.UpdateContact.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.UpdateContact;
            static toObject(message: switchboard.v1.UpdateContact, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace UpdateContact {
            interface $Properties {
                contactId?: (string|null);
                priority?: (number|null);
                queueId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.UpdateContact.$Properties;
        }

        interface IServerMessage extends switchboard.v1.ServerMessage.$Properties {
        }

        class ServerMessage {
            constructor(properties?: switchboard.v1.ServerMessage.$Properties);
            $unknowns?: Uint8Array[];
            reply?: (switchboard.v1.Reply.$Properties|null);
            event?: (switchboard.v1.Event.$Properties|null);
            batch?: (switchboard.v1.EventBatch.$Properties|null);
            kind?: ("reply"|"event"|"batch");
            static create(properties: switchboard.v1.ServerMessage.$Shape): switchboard.v1.ServerMessage & switchboard.v1.ServerMessage.$Shape;
            static create(properties?: switchboard.v1.ServerMessage.$Properties): switchboard.v1.ServerMessage;
            static encode(message: switchboard.v1.ServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ServerMessage & switchboard.v1.ServerMessage.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ServerMessage;
            static toObject(message: switchboard.v1.ServerMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ServerMessage {
            interface $Properties {
                reply?: (switchboard.v1.Reply.$Properties|null);
                event?: (switchboard.v1.Event.$Properties|null);
                batch?: (switchboard.v1.EventBatch.$Properties|null);
                kind?: ("reply"|"event"|"batch");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              reply?: switchboard.v1.Reply.$Shape|null;
              event?: switchboard.v1.Event.$Shape|null;
              batch?: switchboard.v1.EventBatch.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; reply?: null; event?: null; batch?: null }|{ kind?: "reply"; reply: switchboard.v1.Reply.$Shape; event?: null; batch?: null }|{ kind?: "event"; reply?: null; event: switchboard.v1.Event.$Shape; batch?: null }|{ kind?: "batch"; reply?: null; event?: null; batch: switchboard.v1.EventBatch.$Shape })
            );
        }

        interface IEventBatch extends switchboard.v1.EventBatch.$Properties {
        }

        class EventBatch {
            constructor(properties?: switchboard.v1.EventBatch.$Properties);
            $unknowns?: Uint8Array[];
            firstSeq: (number|Long);
            events: switchboard.v1.Event.$Properties[];
            static create(properties: switchboard.v1.EventBatch.$Shape): switchboard.v1.EventBatch & switchboard.v1.EventBatch.$Shape;
            static create(properties?: switchboard.v1.EventBatch.$Properties): switchboard.v1.EventBatch;
            static encode(message: switchboard.v1.EventBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.EventBatch & switchboard.v1.EventBatch.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.EventBatch;
            static toObject(message: switchboard.v1.EventBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace EventBatch {
            interface $Properties {
                firstSeq?: (number|Long|null);
                events?: (switchboard.v1.Event.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              firstSeq?: number|Long|null;
              events?: switchboard.v1.Event.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IReply extends switchboard.v1.Reply.$Properties {
        }

        class Reply {
            constructor(properties?: switchboard.v1.Reply.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            error?: (switchboard.v1.Error.$Properties|null);
            ok?: (switchboard.v1.Ok.$Properties|null);
            pong?: (switchboard.v1.Pong.$Properties|null);
            login?: (switchboard.v1.LoginResult.$Properties|null);
            contact?: (switchboard.v1.ContactResult.$Properties|null);
            position?: (switchboard.v1.PositionResult.$Properties|null);
            snapshot?: (switchboard.v1.Snapshot.$Properties|null);
            followUps?: (switchboard.v1.FollowUpList.$Properties|null);
            result?: ("error"|"ok"|"pong"|"login"|"contact"|"position"|"snapshot"|"followUps");
            static create(properties: switchboard.v1.Reply.$Shape): switchboard.v1.Reply & switchboard.v1.Reply.$Shape;
            static create(properties?: switchboard.v1.Reply.$Properties): switchboard.v1.Reply;
            static encode(message: switchboard.v1.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Reply & switchboard.v1.Reply.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Reply;
            static toObject(message: switchboard.v1.Reply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Reply {
            interface $Properties {
                id?: (string|null);
                error?: (switchboard.v1.Error.$Properties|null);
                ok?: (switchboard.v1.Ok.$Properties|null);
                pong?: (switchboard.v1.Pong.$Properties|null);
                login?: (switchboard.v1.LoginResult.$Properties|null);
                contact?: (switchboard.v1.ContactResult.$Properties|null);
                position?: (switchboard.v1.PositionResult.$Properties|null);
                snapshot?: (switchboard.v1.Snapshot.$Properties|null);
                followUps?: (switchboard.v1.FollowUpList.$Properties|null);
                result?: ("error"|"ok"|"pong"|"login"|"contact"|"position"|"snapshot"|"followUps");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: string|null;
              error?: switchboard.v1.Error.$Shape|null;
              ok?: switchboard.v1.Ok.$Shape|null;
              pong?: switchboard.v1.Pong.$Shape|null;
              login?: switchboard.v1.LoginResult.$Shape|null;
              contact?: switchboard.v1.ContactResult.$Shape|null;
              position?: switchboard.v1.PositionResult.$Shape|null;
              snapshot?: switchboard.v1.Snapshot.$Shape|null;
              followUps?: switchboard.v1.FollowUpList.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; error?: null; ok?: null; pong?: null; login?: null; contact?: null; position?: null; snapshot?: null; followUps?: null }|{ result?: "error"; error: switchboard.v1.Error.$Shape; ok?: null; pong?: null; login?: null; contact?: null; position?: null; snapshot?: null; followUps?: null }|{ result?: "ok"; error?: null; ok: switchboard.v1.Ok.$Shape; pong?: null; login?: null; contact?: null; position?: null; snapshot?: null; followUps?: null }|{ result?: "pong"; error?: null; ok?: null; pong: switchboard.v1.Pong.$Shape; login?: null; contact?: null; position?: null; snapshot?: null; followUps?: null }|{ result?: "login"; error?: null; ok?: null; pong?: null; login: switchboard.v1.LoginResult.$Shape; contact?: null; position?: null; snapshot?: null; followUps?: null }|{ result?: "contact"; error?: null; ok?: null; pong?: null; login?: null; contact: switchboard.v1.ContactResult.$Shape; position?: null; snapshot?: null; followUps?: null }|{ result?: "position"; error?: null; ok?: null; pong?: null; login?: null; contact?: null; position: switchboard.v1.PositionResult.$Shape; snapshot?: null; followUps?: null }|{ result?: "snapshot"; error?: null; ok?: null; pong?: null; login?: null; contact?: null; position?: null; snapshot: switchboard.v1.Snapshot.$Shape; followUps?: null }|{ result?: "followUps"; error?: null; ok?: null; pong?: null; login?: null; contact?: null; position?: null; snapshot?: null; followUps: switchboard.v1.FollowUpList.$Shape })
            );
        }

        interface IFollowUpList extends switchboard.v1.FollowUpList.$Properties {
        }

        class FollowUpList {
            constructor(properties?: switchboard.v1.FollowUpList.$Properties);
            $unknowns?: Uint8Array[];
            followUps: switchboard.v1.Contact.$Properties[];
            static create(properties: switchboard.v1.FollowUpList.$Shape): switchboard.v1.FollowUpList & switchboard.v1.FollowUpList.$Shape;
            static create(properties?: switchboard.v1.FollowUpList.$Properties): switchboard.v1.FollowUpList;
            static encode(message: switchboard.v1.FollowUpList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.FollowUpList & switchboard.v1.FollowUpList.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.FollowUpList;
            static toObject(message: switchboard.v1.FollowUpList, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace FollowUpList {
            interface $Properties {
                followUps?: (switchboard.v1.Contact.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              followUps?: switchboard.v1.Contact.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IError extends switchboard.v1.Error.$Properties {
        }

        class Error {
            constructor(properties?: switchboard.v1.Error.$Properties);
            $unknowns?: Uint8Array[];
            code: string;
            message: string;
            opensAt?: (number|null);
            reason: string;
            params: { [k: string]: string };
            static create(properties: switchboard.v1.Error.$Shape): switchboard.v1.Error & switchboard.v1.Error.$Shape;
            static create(properties?: switchboard.v1.Error.$Properties): switchboard.v1.Error;
            static encode(message: switchboard.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Error & switchboard.v1.Error.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Error;
            static toObject(message: switchboard.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Error {
            interface $Properties {
                code?: (string|null);
                message?: (string|null);
                opensAt?: (number|null);
                reason?: (string|null);
                params?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.Error.$Properties;
        }

        interface IOk extends switchboard.v1.Ok.$Properties {
        }

        class Ok {
            constructor(properties?: switchboard.v1.Ok.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: switchboard.v1.Ok.$Shape): switchboard.v1.Ok & switchboard.v1.Ok.$Shape;
            static create(properties?: switchboard.v1.Ok.$Properties): switchboard.v1.Ok;
            static encode(message: switchboard.v1.Ok.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Ok & switchboard.v1.Ok.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Ok;
            static toObject(message: switchboard.v1.Ok, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Ok {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.Ok.$Properties;
        }

        interface IPong extends switchboard.v1.Pong.$Properties {
        }

        class Pong {
            constructor(properties?: switchboard.v1.Pong.$Properties);
            $unknowns?: Uint8Array[];
            time: number;
            static create(properties: switchboard.v1.Pong.$Shape): switchboard.v1.Pong & switchboard.v1.Pong.$Shape;
            static create(properties?: switchboard.v1.Pong.$Properties): switchboard.v1.Pong;
            static encode(message: switchboard.v1.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Pong & switchboard.v1.Pong.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Pong;
            static toObject(message: switchboard.v1.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Pong {
            interface $Properties {
                time?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.Pong.$Properties;
        }

        interface ILoginResult extends switchboard.v1.LoginResult.$Properties {
        }

        class LoginResult {
            constructor(properties?: switchboard.v1.LoginResult.$Properties);
            $unknowns?: Uint8Array[];
            agent?: (switchboard.v1.Agent.$Properties|null);
            resumed: boolean;
            contacts: switchboard.v1.Contact.$Properties[];
            histories: switchboard.v1.CustomerHistory.$Properties[];
            static create(properties: switchboard.v1.LoginResult.$Shape): switchboard.v1.LoginResult & switchboard.v1.LoginResult.$Shape;
            static create(properties?: switchboard.v1.LoginResult.$Properties): switchboard.v1.LoginResult;
            static encode(message: switchboard.v1.LoginResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.LoginResult & switchboard.v1.LoginResult.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.LoginResult;
            static toObject(message: switchboard.v1.LoginResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace LoginResult {
            interface $Properties {
                agent?: (switchboard.v1.Agent.$Properties|null);
                resumed?: (boolean|null);
                contacts?: (switchboard.v1.Contact.$Properties[]|null);
                histories?: (switchboard.v1.CustomerHistory.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              agent?: switchboard.v1.Agent.$Shape|null;
              resumed?: boolean|null;
              contacts?: switchboard.v1.Contact.$Shape[]|null;
              histories?: switchboard.v1.CustomerHistory.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface ICustomerHistory extends switchboard.v1.CustomerHistory.$Properties {
        }

        class CustomerHistory {
            constructor(properties?: switchboard.v1.CustomerHistory.$Properties);
            $unknowns?: Uint8Array[];
            customerId: string;
            entries: switchboard.v1.HistoryEntry.$Properties[];
            static create(properties: switchboard.v1.CustomerHistory.$Shape): switchboard.v1.CustomerHistory & switchboard.v1.CustomerHistory.$Shape;
            static create(properties?: switchboard.v1.CustomerHistory.$Properties): switchboard.v1.CustomerHistory;
            static encode(message: switchboard.v1.CustomerHistory.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.CustomerHistory & switchboard.v1.CustomerHistory.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.CustomerHistory;
            static toObject(message: switchboard.v1.CustomerHistory, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CustomerHistory {
            interface $Properties {
                customerId?: (string|null);
                entries?: (switchboard.v1.HistoryEntry.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.CustomerHistory.$Properties;
        }

        interface IContactResult extends switchboard.v1.ContactResult.$Properties {
        }

        class ContactResult {
            constructor(properties?: switchboard.v1.ContactResult.$Properties);
            $unknowns?: Uint8Array[];
            contact?: (switchboard.v1.Contact.$Properties|null);
            created: boolean;
            retryDiffers: boolean;
            position: number;
            estimatedWaitSeconds: number;
            estimatedWaitWithinSeconds: number;
            waitStatus: string;
            closedUntil?: (number|null);
            static create(properties: switchboard.v1.ContactResult.$Shape): switchboard.v1.ContactResult & switchboard.v1.ContactResult.$Shape;
            static create(properties?: switchboard.v1.ContactResult.$Properties): switchboard.v1.ContactResult;
            static encode(message: switchboard.v1.ContactResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactResult & switchboard.v1.ContactResult.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactResult;
            static toObject(message: switchboard.v1.ContactResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactResult {
            interface $Properties {
                contact?: (switchboard.v1.Contact.$Properties|null);
                created?: (boolean|null);
                retryDiffers?: (boolean|null);
                position?: (number|null);
                estimatedWaitSeconds?: (number|null);
                estimatedWaitWithinSeconds?: (number|null);
                waitStatus?: (string|null);
                closedUntil?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              contact?: switchboard.v1.Contact.$Shape|null;
              created?: boolean|null;
              retryDiffers?: boolean|null;
              position?: number|null;
              estimatedWaitSeconds?: number|null;
              estimatedWaitWithinSeconds?: number|null;
              waitStatus?: string|null;
              closedUntil?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IPositionResult extends switchboard.v1.PositionResult.$Properties {
        }

        class PositionResult {
            constructor(properties?: switchboard.v1.PositionResult.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            state: string;
            position: number;
            estimatedWaitSeconds: number;
            estimatedWaitWithinSeconds: number;
            waitStatus: string;
            closedUntil?: (number|null);
            agentId?: (string|null);
            static create(properties: switchboard.v1.PositionResult.$Shape): switchboard.v1.PositionResult & switchboard.v1.PositionResult.$Shape;
            static create(properties?: switchboard.v1.PositionResult.$Properties): switchboard.v1.PositionResult;
            static encode(message: switchboard.v1.PositionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.PositionResult & switchboard.v1.PositionResult.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.PositionResult;
            static toObject(message: switchboard.v1.PositionResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace PositionResult {
            interface $Properties {
                contactId?: (string|null);
                state?: (string|null);
                position?: (number|null);
                estimatedWaitSeconds?: (number|null);
                estimatedWaitWithinSeconds?: (number|null);
                waitStatus?: (string|null);
                closedUntil?: (number|null);
                agentId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.PositionResult.$Properties;
        }

        interface ISnapshot extends switchboard.v1.Snapshot.$Properties {
        }

        class Snapshot {
            constructor(properties?: switchboard.v1.Snapshot.$Properties);
            $unknowns?: Uint8Array[];
            queues: switchboard.v1.QueueView.$Properties[];
            agents: switchboard.v1.Agent.$Properties[];
            contacts: switchboard.v1.Contact.$Properties[];
            at: number;
            agentSurveys: switchboard.v1.AgentSurvey.$Properties[];
            floorStats?: (switchboard.v1.FloorStats.$Properties|null);
            contactsTotal: number;
            nextCursor?: (string|null);
            agentsTotal: number;
            agentFigures: switchboard.v1.AgentFigures.$Properties[];
            surveyCounters: switchboard.v1.AgentSurveyCounters.$Properties[];
            static create(properties: switchboard.v1.Snapshot.$Shape): switchboard.v1.Snapshot & switchboard.v1.Snapshot.$Shape;
            static create(properties?: switchboard.v1.Snapshot.$Properties): switchboard.v1.Snapshot;
            static encode(message: switchboard.v1.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Snapshot & switchboard.v1.Snapshot.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Snapshot;
            static toObject(message: switchboard.v1.Snapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Snapshot {
            interface $Properties {
                queues?: (switchboard.v1.QueueView.$Properties[]|null);
                agents?: (switchboard.v1.Agent.$Properties[]|null);
                contacts?: (switchboard.v1.Contact.$Properties[]|null);
                at?: (number|null);
                agentSurveys?: (switchboard.v1.AgentSurvey.$Properties[]|null);
                floorStats?: (switchboard.v1.FloorStats.$Properties|null);
                contactsTotal?: (number|null);
                nextCursor?: (string|null);
                agentsTotal?: (number|null);
                agentFigures?: (switchboard.v1.AgentFigures.$Properties[]|null);
                surveyCounters?: (switchboard.v1.AgentSurveyCounters.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              queues?: switchboard.v1.QueueView.$Shape[]|null;
              agents?: switchboard.v1.Agent.$Shape[]|null;
              contacts?: switchboard.v1.Contact.$Shape[]|null;
              at?: number|null;
              agentSurveys?: switchboard.v1.AgentSurvey.$Shape[]|null;
              floorStats?: switchboard.v1.FloorStats.$Shape|null;
              contactsTotal?: number|null;
              nextCursor?: string|null;
              agentsTotal?: number|null;
              agentFigures?: switchboard.v1.AgentFigures.$Shape[]|null;
              surveyCounters?: switchboard.v1.AgentSurveyCounters.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IFloorStats extends switchboard.v1.FloorStats.$Properties {
        }

        class FloorStats {
            constructor(properties?: switchboard.v1.FloorStats.$Properties);
            $unknowns?: Uint8Array[];
            since: number;
            resetsAt?: (number|null);
            queues: switchboard.v1.QueueCounters.$Properties[];
            agents: switchboard.v1.AgentSurveyCounters.$Properties[];
            agentFigures: switchboard.v1.AgentFigures.$Properties[];
            static create(properties: switchboard.v1.FloorStats.$Shape): switchboard.v1.FloorStats & switchboard.v1.FloorStats.$Shape;
            static create(properties?: switchboard.v1.FloorStats.$Properties): switchboard.v1.FloorStats;
            static encode(message: switchboard.v1.FloorStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.FloorStats & switchboard.v1.FloorStats.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.FloorStats;
            static toObject(message: switchboard.v1.FloorStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace FloorStats {
            interface $Properties {
                since?: (number|null);
                resetsAt?: (number|null);
                queues?: (switchboard.v1.QueueCounters.$Properties[]|null);
                agents?: (switchboard.v1.AgentSurveyCounters.$Properties[]|null);
                agentFigures?: (switchboard.v1.AgentFigures.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.FloorStats.$Properties;
        }

        interface IAgentFigures extends switchboard.v1.AgentFigures.$Properties {
        }

        class AgentFigures {
            constructor(properties?: switchboard.v1.AgentFigures.$Properties);
            $unknowns?: Uint8Array[];
            agentId: string;
            handled: number;
            handledByChannel: { [k: string]: number };
            talkMs: number;
            holdMs: number;
            wrapUpMs: number;
            handleMs: number;
            transfers: number;
            escalations: number;
            repeats: number;
            surveyYes: number;
            surveyNo: number;
            surveyNoByCategory: { [k: string]: number };
            staffedMs: number;
            occupiedMs: number;
            static create(properties: switchboard.v1.AgentFigures.$Shape): switchboard.v1.AgentFigures & switchboard.v1.AgentFigures.$Shape;
            static create(properties?: switchboard.v1.AgentFigures.$Properties): switchboard.v1.AgentFigures;
            static encode(message: switchboard.v1.AgentFigures.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.AgentFigures & switchboard.v1.AgentFigures.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.AgentFigures;
            static toObject(message: switchboard.v1.AgentFigures, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AgentFigures {
            interface $Properties {
                agentId?: (string|null);
                handled?: (number|null);
                handledByChannel?: ({ [k: string]: number }|null);
                talkMs?: (number|null);
                holdMs?: (number|null);
                wrapUpMs?: (number|null);
                handleMs?: (number|null);
                transfers?: (number|null);
                escalations?: (number|null);
                repeats?: (number|null);
                surveyYes?: (number|null);
                surveyNo?: (number|null);
                surveyNoByCategory?: ({ [k: string]: number }|null);
                staffedMs?: (number|null);
                occupiedMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.AgentFigures.$Properties;
        }

        interface IQueueCounters extends switchboard.v1.QueueCounters.$Properties {
        }

        class QueueCounters {
            constructor(properties?: switchboard.v1.QueueCounters.$Properties);
            $unknowns?: Uint8Array[];
            queueId: string;
            answered: number;
            answeredInSl: number;
            answerWaitMs: number;
            abandoned: number;
            transfers: number;
            escalations: number;
            callbacksScheduled: number;
            followUpsScheduled: number;
            static create(properties: switchboard.v1.QueueCounters.$Shape): switchboard.v1.QueueCounters & switchboard.v1.QueueCounters.$Shape;
            static create(properties?: switchboard.v1.QueueCounters.$Properties): switchboard.v1.QueueCounters;
            static encode(message: switchboard.v1.QueueCounters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.QueueCounters & switchboard.v1.QueueCounters.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.QueueCounters;
            static toObject(message: switchboard.v1.QueueCounters, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace QueueCounters {
            interface $Properties {
                queueId?: (string|null);
                answered?: (number|null);
                answeredInSl?: (number|null);
                answerWaitMs?: (number|null);
                abandoned?: (number|null);
                transfers?: (number|null);
                escalations?: (number|null);
                callbacksScheduled?: (number|null);
                followUpsScheduled?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.QueueCounters.$Properties;
        }

        interface IAgentSurveyCounters extends switchboard.v1.AgentSurveyCounters.$Properties {
        }

        class AgentSurveyCounters {
            constructor(properties?: switchboard.v1.AgentSurveyCounters.$Properties);
            $unknowns?: Uint8Array[];
            agentId: string;
            yes: number;
            no: number;
            noReasons: { [k: string]: number };
            notAboutAgent: number;
            static create(properties: switchboard.v1.AgentSurveyCounters.$Shape): switchboard.v1.AgentSurveyCounters & switchboard.v1.AgentSurveyCounters.$Shape;
            static create(properties?: switchboard.v1.AgentSurveyCounters.$Properties): switchboard.v1.AgentSurveyCounters;
            static encode(message: switchboard.v1.AgentSurveyCounters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.AgentSurveyCounters & switchboard.v1.AgentSurveyCounters.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.AgentSurveyCounters;
            static toObject(message: switchboard.v1.AgentSurveyCounters, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AgentSurveyCounters {
            interface $Properties {
                agentId?: (string|null);
                yes?: (number|null);
                no?: (number|null);
                noReasons?: ({ [k: string]: number }|null);
                notAboutAgent?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.AgentSurveyCounters.$Properties;
        }

        interface IAgentSurvey extends switchboard.v1.AgentSurvey.$Properties {
        }

        class AgentSurvey {
            constructor(properties?: switchboard.v1.AgentSurvey.$Properties);
            $unknowns?: Uint8Array[];
            agentId: string;
            yes: number;
            no: number;
            notAboutAgent: number;
            static create(properties: switchboard.v1.AgentSurvey.$Shape): switchboard.v1.AgentSurvey & switchboard.v1.AgentSurvey.$Shape;
            static create(properties?: switchboard.v1.AgentSurvey.$Properties): switchboard.v1.AgentSurvey;
            static encode(message: switchboard.v1.AgentSurvey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.AgentSurvey & switchboard.v1.AgentSurvey.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.AgentSurvey;
            static toObject(message: switchboard.v1.AgentSurvey, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AgentSurvey {
            interface $Properties {
                agentId?: (string|null);
                yes?: (number|null);
                no?: (number|null);
                notAboutAgent?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.AgentSurvey.$Properties;
        }

        interface IQueueView extends switchboard.v1.QueueView.$Properties {
        }

        class QueueView {
            constructor(properties?: switchboard.v1.QueueView.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            name: string;
            channels: string[];
            waiting: number;
            oldestArrival?: (number|null);
            callbacks: number;
            followUps: number;
            repeatsWaiting: number;
            closed: boolean;
            closedUntil?: (number|null);
            static create(properties: switchboard.v1.QueueView.$Shape): switchboard.v1.QueueView & switchboard.v1.QueueView.$Shape;
            static create(properties?: switchboard.v1.QueueView.$Properties): switchboard.v1.QueueView;
            static encode(message: switchboard.v1.QueueView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.QueueView & switchboard.v1.QueueView.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.QueueView;
            static toObject(message: switchboard.v1.QueueView, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace QueueView {
            interface $Properties {
                id?: (string|null);
                name?: (string|null);
                channels?: (string[]|null);
                waiting?: (number|null);
                oldestArrival?: (number|null);
                callbacks?: (number|null);
                followUps?: (number|null);
                repeatsWaiting?: (number|null);
                closed?: (boolean|null);
                closedUntil?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.QueueView.$Properties;
        }

        interface IAgentProfile extends switchboard.v1.AgentProfile.$Properties {
        }

        class AgentProfile {
            constructor(properties?: switchboard.v1.AgentProfile.$Properties);
            $unknowns?: Uint8Array[];
            skills: { [k: string]: number };
            languages: string[];
            capacity: { [k: string]: number };
            queues: string[];
            static create(properties: switchboard.v1.AgentProfile.$Shape): switchboard.v1.AgentProfile & switchboard.v1.AgentProfile.$Shape;
            static create(properties?: switchboard.v1.AgentProfile.$Properties): switchboard.v1.AgentProfile;
            static encode(message: switchboard.v1.AgentProfile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.AgentProfile & switchboard.v1.AgentProfile.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.AgentProfile;
            static toObject(message: switchboard.v1.AgentProfile, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AgentProfile {
            interface $Properties {
                skills?: ({ [k: string]: number }|null);
                languages?: (string[]|null);
                capacity?: ({ [k: string]: number }|null);
                queues?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.AgentProfile.$Properties;
        }

        interface ICustomer extends switchboard.v1.Customer.$Properties {
        }

        class Customer {
            constructor(properties?: switchboard.v1.Customer.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            tier: string;
            static create(properties: switchboard.v1.Customer.$Shape): switchboard.v1.Customer & switchboard.v1.Customer.$Shape;
            static create(properties?: switchboard.v1.Customer.$Properties): switchboard.v1.Customer;
            static encode(message: switchboard.v1.Customer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Customer & switchboard.v1.Customer.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Customer;
            static toObject(message: switchboard.v1.Customer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Customer {
            interface $Properties {
                id?: (string|null);
                tier?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.Customer.$Properties;
        }

        interface IAgent extends switchboard.v1.Agent.$Properties {
        }

        class Agent {
            constructor(properties?: switchboard.v1.Agent.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            profile?: (switchboard.v1.AgentProfile.$Properties|null);
            presence: string;
            awayReason?: (string|null);
            status: string;
            contacts: string[];
            presenceSince: number;
            loginSeq: number;
            stateSince: number;
            static create(properties: switchboard.v1.Agent.$Shape): switchboard.v1.Agent & switchboard.v1.Agent.$Shape;
            static create(properties?: switchboard.v1.Agent.$Properties): switchboard.v1.Agent;
            static encode(message: switchboard.v1.Agent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Agent & switchboard.v1.Agent.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Agent;
            static toObject(message: switchboard.v1.Agent, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Agent {
            interface $Properties {
                id?: (string|null);
                profile?: (switchboard.v1.AgentProfile.$Properties|null);
                presence?: (string|null);
                awayReason?: (string|null);
                status?: (string|null);
                contacts?: (string[]|null);
                presenceSince?: (number|null);
                loginSeq?: (number|null);
                stateSince?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.Agent.$Properties;
        }

        interface IContact extends switchboard.v1.Contact.$Properties {
        }

        class Contact {
            constructor(properties?: switchboard.v1.Contact.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            queueId: string;
            channel: string;
            language: string;
            skills: { [k: string]: number };
            customer?: (switchboard.v1.Customer.$Properties|null);
            priority: number;
            firstArrival: number;
            virtualArrival: number;
            seq: number;
            preferredAgentId?: (string|null);
            context?: (google.protobuf.Struct.$Properties|null);
            state: string;
            step: number;
            agentId?: (string|null);
            deadline?: (number|null);
            connectedAt?: (number|null);
            onHold: boolean;
            externalId?: (string|null);
            repeatOf?: (string|null);
            disposition?: (string|null);
            notes?: (string|null);
            transfers: switchboard.v1.TransferRecord.$Properties[];
            consultBy?: (string|null);
            handoff?: (switchboard.v1.BotHandoff.$Properties|null);
            callback?: (switchboard.v1.CallbackInfo.$Properties|null);
            followUp?: (switchboard.v1.FollowUpInfo.$Properties|null);
            summary: boolean;
            why?: (switchboard.v1.OfferReason.$Properties|null);
            static create(properties: switchboard.v1.Contact.$Shape): switchboard.v1.Contact & switchboard.v1.Contact.$Shape;
            static create(properties?: switchboard.v1.Contact.$Properties): switchboard.v1.Contact;
            static encode(message: switchboard.v1.Contact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Contact & switchboard.v1.Contact.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Contact;
            static toObject(message: switchboard.v1.Contact, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Contact {
            interface $Properties {
                id?: (string|null);
                queueId?: (string|null);
                channel?: (string|null);
                language?: (string|null);
                skills?: ({ [k: string]: number }|null);
                customer?: (switchboard.v1.Customer.$Properties|null);
                priority?: (number|null);
                firstArrival?: (number|null);
                virtualArrival?: (number|null);
                seq?: (number|null);
                preferredAgentId?: (string|null);
                context?: (google.protobuf.Struct.$Properties|null);
                state?: (string|null);
                step?: (number|null);
                agentId?: (string|null);
                deadline?: (number|null);
                connectedAt?: (number|null);
                onHold?: (boolean|null);
                externalId?: (string|null);
                repeatOf?: (string|null);
                disposition?: (string|null);
                notes?: (string|null);
                transfers?: (switchboard.v1.TransferRecord.$Properties[]|null);
                consultBy?: (string|null);
                handoff?: (switchboard.v1.BotHandoff.$Properties|null);
                callback?: (switchboard.v1.CallbackInfo.$Properties|null);
                followUp?: (switchboard.v1.FollowUpInfo.$Properties|null);
                summary?: (boolean|null);
                why?: (switchboard.v1.OfferReason.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: string|null;
              queueId?: string|null;
              channel?: string|null;
              language?: string|null;
              skills?: { [k: string]: number }|null;
              customer?: switchboard.v1.Customer.$Shape|null;
              priority?: number|null;
              firstArrival?: number|null;
              virtualArrival?: number|null;
              seq?: number|null;
              preferredAgentId?: string|null;
              context?: google.protobuf.Struct.$Shape|null;
              state?: string|null;
              step?: number|null;
              agentId?: string|null;
              deadline?: number|null;
              connectedAt?: number|null;
              onHold?: boolean|null;
              externalId?: string|null;
              repeatOf?: string|null;
              disposition?: string|null;
              notes?: string|null;
              transfers?: switchboard.v1.TransferRecord.$Shape[]|null;
              consultBy?: string|null;
              handoff?: switchboard.v1.BotHandoff.$Shape|null;
              callback?: switchboard.v1.CallbackInfo.$Shape|null;
              followUp?: switchboard.v1.FollowUpInfo.$Shape|null;
              summary?: boolean|null;
              why?: switchboard.v1.OfferReason.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface ICallbackInfo extends switchboard.v1.CallbackInfo.$Properties {
        }

        class CallbackInfo {
            constructor(properties?: switchboard.v1.CallbackInfo.$Properties);
            $unknowns?: Uint8Array[];
            number?: (string|null);
            requestedAt: number;
            attempts: number;
            static create(properties: switchboard.v1.CallbackInfo.$Shape): switchboard.v1.CallbackInfo & switchboard.v1.CallbackInfo.$Shape;
            static create(properties?: switchboard.v1.CallbackInfo.$Properties): switchboard.v1.CallbackInfo;
            static encode(message: switchboard.v1.CallbackInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.CallbackInfo & switchboard.v1.CallbackInfo.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.CallbackInfo;
            static toObject(message: switchboard.v1.CallbackInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace CallbackInfo {
            interface $Properties {
                number?: (string|null);
                requestedAt?: (number|null);
                attempts?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.CallbackInfo.$Properties;
        }

        interface IFollowUpInfo extends switchboard.v1.FollowUpInfo.$Properties {
        }

        class FollowUpInfo {
            constructor(properties?: switchboard.v1.FollowUpInfo.$Properties);
            $unknowns?: Uint8Array[];
            of: string;
            byAgentId: string;
            note: string;
            dueAt: number;
            surveyReason?: (string|null);
            static create(properties: switchboard.v1.FollowUpInfo.$Shape): switchboard.v1.FollowUpInfo & switchboard.v1.FollowUpInfo.$Shape;
            static create(properties?: switchboard.v1.FollowUpInfo.$Properties): switchboard.v1.FollowUpInfo;
            static encode(message: switchboard.v1.FollowUpInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.FollowUpInfo & switchboard.v1.FollowUpInfo.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.FollowUpInfo;
            static toObject(message: switchboard.v1.FollowUpInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace FollowUpInfo {
            interface $Properties {
                of?: (string|null);
                byAgentId?: (string|null);
                note?: (string|null);
                dueAt?: (number|null);
                surveyReason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.FollowUpInfo.$Properties;
        }

        interface ITransferRecord extends switchboard.v1.TransferRecord.$Properties {
        }

        class TransferRecord {
            constructor(properties?: switchboard.v1.TransferRecord.$Properties);
            $unknowns?: Uint8Array[];
            at: number;
            fromAgentId: string;
            fromQueueId: string;
            toQueueId: string;
            toAgentId?: (string|null);
            mode: string;
            notes?: (string|null);
            escalation?: (string|null);
            static create(properties: switchboard.v1.TransferRecord.$Shape): switchboard.v1.TransferRecord & switchboard.v1.TransferRecord.$Shape;
            static create(properties?: switchboard.v1.TransferRecord.$Properties): switchboard.v1.TransferRecord;
            static encode(message: switchboard.v1.TransferRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.TransferRecord & switchboard.v1.TransferRecord.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.TransferRecord;
            static toObject(message: switchboard.v1.TransferRecord, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace TransferRecord {
            interface $Properties {
                at?: (number|null);
                fromAgentId?: (string|null);
                fromQueueId?: (string|null);
                toQueueId?: (string|null);
                toAgentId?: (string|null);
                mode?: (string|null);
                notes?: (string|null);
                escalation?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.TransferRecord.$Properties;
        }

        interface IHistoryEntry extends switchboard.v1.HistoryEntry.$Properties {
        }

        class HistoryEntry {
            constructor(properties?: switchboard.v1.HistoryEntry.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            queueId: string;
            channel: string;
            agentId: string;
            startedAt: number;
            endedAt: number;
            disposition?: (string|null);
            notes?: (string|null);
            static create(properties: switchboard.v1.HistoryEntry.$Shape): switchboard.v1.HistoryEntry & switchboard.v1.HistoryEntry.$Shape;
            static create(properties?: switchboard.v1.HistoryEntry.$Properties): switchboard.v1.HistoryEntry;
            static encode(message: switchboard.v1.HistoryEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.HistoryEntry & switchboard.v1.HistoryEntry.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.HistoryEntry;
            static toObject(message: switchboard.v1.HistoryEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace HistoryEntry {
            interface $Properties {
                contactId?: (string|null);
                queueId?: (string|null);
                channel?: (string|null);
                agentId?: (string|null);
                startedAt?: (number|null);
                endedAt?: (number|null);
                disposition?: (string|null);
                notes?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.HistoryEntry.$Properties;
        }

        interface IEvent extends switchboard.v1.Event.$Properties {
        }

        class Event {
            constructor(properties?: switchboard.v1.Event.$Properties);
            $unknowns?: Uint8Array[];
            seq: (number|Long);
            at: number;
            actor?: (string|null);
            offer?: (switchboard.v1.Offer.$Properties|null);
            shutdown?: (switchboard.v1.Shutdown.$Properties|null);
            leaderChanged?: (switchboard.v1.LeaderChanged.$Properties|null);
            agentLoggedIn?: (switchboard.v1.AgentLoggedIn.$Properties|null);
            agentPresenceChanged?: (switchboard.v1.AgentPresenceChanged.$Properties|null);
            agentLoggedOut?: (switchboard.v1.AgentLoggedOut.$Properties|null);
            contactCreated?: (switchboard.v1.ContactCreated.$Properties|null);
            contactStepChanged?: (switchboard.v1.ContactStepChanged.$Properties|null);
            contactPreferenceEnded?: (switchboard.v1.ContactPreferenceEnded.$Properties|null);
            contactOffered?: (switchboard.v1.ContactOffered.$Properties|null);
            contactOfferRejected?: (switchboard.v1.ContactOfferRejected.$Properties|null);
            contactOfferExpired?: (switchboard.v1.ContactOfferExpired.$Properties|null);
            contactOfferRevoked?: (switchboard.v1.ContactOfferRevoked.$Properties|null);
            contactAccepted?: (switchboard.v1.ContactAccepted.$Properties|null);
            contactEnded?: (switchboard.v1.ContactEnded.$Properties|null);
            contactClosed?: (switchboard.v1.ContactClosed.$Properties|null);
            contactAbandoned?: (switchboard.v1.ContactAbandoned.$Properties|null);
            contactRequeued?: (switchboard.v1.ContactRequeued.$Properties|null);
            contactUpdated?: (switchboard.v1.ContactUpdated.$Properties|null);
            contactConnected?: (switchboard.v1.ContactConnected.$Properties|null);
            contactHoldChanged?: (switchboard.v1.ContactHoldChanged.$Properties|null);
            contactWrapUpRecorded?: (switchboard.v1.ContactWrapUpRecorded.$Properties|null);
            contactTransferred?: (switchboard.v1.ContactTransferred.$Properties|null);
            contactTransferCompleted?: (switchboard.v1.ContactTransferCompleted.$Properties|null);
            contactTransferCancelled?: (switchboard.v1.ContactTransferCancelled.$Properties|null);
            contactSurveyAnswered?: (switchboard.v1.ContactSurveyAnswered.$Properties|null);
            contactCallbackRequested?: (switchboard.v1.ContactCallbackRequested.$Properties|null);
            contactCallbackDialing?: (switchboard.v1.ContactCallbackDialing.$Properties|null);
            contactCallbackFailed?: (switchboard.v1.ContactCallbackFailed.$Properties|null);
            contactFollowUpScheduled?: (switchboard.v1.ContactFollowUpScheduled.$Properties|null);
            contactDue?: (switchboard.v1.ContactDue.$Properties|null);
            contactWaitUpdated?: (switchboard.v1.ContactWaitUpdated.$Properties|null);
            contactFollowUpCancelled?: (switchboard.v1.ContactFollowUpCancelled.$Properties|null);
            contactFollowUpRescheduled?: (switchboard.v1.ContactFollowUpRescheduled.$Properties|null);
            streamOpened?: (switchboard.v1.StreamOpened.$Properties|null);
            agentFiguresChanged?: (switchboard.v1.AgentFiguresChanged.$Properties|null);
            payload?: ("offer"|"shutdown"|"leaderChanged"|"agentLoggedIn"|"agentPresenceChanged"|"agentLoggedOut"|"contactCreated"|"contactStepChanged"|"contactPreferenceEnded"|"contactOffered"|"contactOfferRejected"|"contactOfferExpired"|"contactOfferRevoked"|"contactAccepted"|"contactEnded"|"contactClosed"|"contactAbandoned"|"contactRequeued"|"contactUpdated"|"contactConnected"|"contactHoldChanged"|"contactWrapUpRecorded"|"contactTransferred"|"contactTransferCompleted"|"contactTransferCancelled"|"contactSurveyAnswered"|"contactCallbackRequested"|"contactCallbackDialing"|"contactCallbackFailed"|"contactFollowUpScheduled"|"contactDue"|"contactWaitUpdated"|"contactFollowUpCancelled"|"contactFollowUpRescheduled"|"streamOpened"|"agentFiguresChanged");
            static create(properties: switchboard.v1.Event.$Shape): switchboard.v1.Event & switchboard.v1.Event.$Shape;
            static create(properties?: switchboard.v1.Event.$Properties): switchboard.v1.Event;
            static encode(message: switchboard.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Event & switchboard.v1.Event.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Event;
            static toObject(message: switchboard.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Event {
            interface $Properties {
                seq?: (number|Long|null);
                at?: (number|null);
                actor?: (string|null);
                offer?: (switchboard.v1.Offer.$Properties|null);
                shutdown?: (switchboard.v1.Shutdown.$Properties|null);
                leaderChanged?: (switchboard.v1.LeaderChanged.$Properties|null);
                agentLoggedIn?: (switchboard.v1.AgentLoggedIn.$Properties|null);
                agentPresenceChanged?: (switchboard.v1.AgentPresenceChanged.$Properties|null);
                agentLoggedOut?: (switchboard.v1.AgentLoggedOut.$Properties|null);
                contactCreated?: (switchboard.v1.ContactCreated.$Properties|null);
                contactStepChanged?: (switchboard.v1.ContactStepChanged.$Properties|null);
                contactPreferenceEnded?: (switchboard.v1.ContactPreferenceEnded.$Properties|null);
                contactOffered?: (switchboard.v1.ContactOffered.$Properties|null);
                contactOfferRejected?: (switchboard.v1.ContactOfferRejected.$Properties|null);
                contactOfferExpired?: (switchboard.v1.ContactOfferExpired.$Properties|null);
                contactOfferRevoked?: (switchboard.v1.ContactOfferRevoked.$Properties|null);
                contactAccepted?: (switchboard.v1.ContactAccepted.$Properties|null);
                contactEnded?: (switchboard.v1.ContactEnded.$Properties|null);
                contactClosed?: (switchboard.v1.ContactClosed.$Properties|null);
                contactAbandoned?: (switchboard.v1.ContactAbandoned.$Properties|null);
                contactRequeued?: (switchboard.v1.ContactRequeued.$Properties|null);
                contactUpdated?: (switchboard.v1.ContactUpdated.$Properties|null);
                contactConnected?: (switchboard.v1.ContactConnected.$Properties|null);
                contactHoldChanged?: (switchboard.v1.ContactHoldChanged.$Properties|null);
                contactWrapUpRecorded?: (switchboard.v1.ContactWrapUpRecorded.$Properties|null);
                contactTransferred?: (switchboard.v1.ContactTransferred.$Properties|null);
                contactTransferCompleted?: (switchboard.v1.ContactTransferCompleted.$Properties|null);
                contactTransferCancelled?: (switchboard.v1.ContactTransferCancelled.$Properties|null);
                contactSurveyAnswered?: (switchboard.v1.ContactSurveyAnswered.$Properties|null);
                contactCallbackRequested?: (switchboard.v1.ContactCallbackRequested.$Properties|null);
                contactCallbackDialing?: (switchboard.v1.ContactCallbackDialing.$Properties|null);
                contactCallbackFailed?: (switchboard.v1.ContactCallbackFailed.$Properties|null);
                contactFollowUpScheduled?: (switchboard.v1.ContactFollowUpScheduled.$Properties|null);
                contactDue?: (switchboard.v1.ContactDue.$Properties|null);
                contactWaitUpdated?: (switchboard.v1.ContactWaitUpdated.$Properties|null);
                contactFollowUpCancelled?: (switchboard.v1.ContactFollowUpCancelled.$Properties|null);
                contactFollowUpRescheduled?: (switchboard.v1.ContactFollowUpRescheduled.$Properties|null);
                streamOpened?: (switchboard.v1.StreamOpened.$Properties|null);
                agentFiguresChanged?: (switchboard.v1.AgentFiguresChanged.$Properties|null);
                payload?: ("offer"|"shutdown"|"leaderChanged"|"agentLoggedIn"|"agentPresenceChanged"|"agentLoggedOut"|"contactCreated"|"contactStepChanged"|"contactPreferenceEnded"|"contactOffered"|"contactOfferRejected"|"contactOfferExpired"|"contactOfferRevoked"|"contactAccepted"|"contactEnded"|"contactClosed"|"contactAbandoned"|"contactRequeued"|"contactUpdated"|"contactConnected"|"contactHoldChanged"|"contactWrapUpRecorded"|"contactTransferred"|"contactTransferCompleted"|"contactTransferCancelled"|"contactSurveyAnswered"|"contactCallbackRequested"|"contactCallbackDialing"|"contactCallbackFailed"|"contactFollowUpScheduled"|"contactDue"|"contactWaitUpdated"|"contactFollowUpCancelled"|"contactFollowUpRescheduled"|"streamOpened"|"agentFiguresChanged");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              seq?: number|Long|null;
              at?: number|null;
              actor?: string|null;
              offer?: switchboard.v1.Offer.$Shape|null;
              shutdown?: switchboard.v1.Shutdown.$Shape|null;
              leaderChanged?: switchboard.v1.LeaderChanged.$Shape|null;
              agentLoggedIn?: switchboard.v1.AgentLoggedIn.$Shape|null;
              agentPresenceChanged?: switchboard.v1.AgentPresenceChanged.$Shape|null;
              agentLoggedOut?: switchboard.v1.AgentLoggedOut.$Shape|null;
              contactCreated?: switchboard.v1.ContactCreated.$Shape|null;
              contactStepChanged?: switchboard.v1.ContactStepChanged.$Shape|null;
              contactPreferenceEnded?: switchboard.v1.ContactPreferenceEnded.$Shape|null;
              contactOffered?: switchboard.v1.ContactOffered.$Shape|null;
              contactOfferRejected?: switchboard.v1.ContactOfferRejected.$Shape|null;
              contactOfferExpired?: switchboard.v1.ContactOfferExpired.$Shape|null;
              contactOfferRevoked?: switchboard.v1.ContactOfferRevoked.$Shape|null;
              contactAccepted?: switchboard.v1.ContactAccepted.$Shape|null;
              contactEnded?: switchboard.v1.ContactEnded.$Shape|null;
              contactClosed?: switchboard.v1.ContactClosed.$Shape|null;
              contactAbandoned?: switchboard.v1.ContactAbandoned.$Shape|null;
              contactRequeued?: switchboard.v1.ContactRequeued.$Shape|null;
              contactUpdated?: switchboard.v1.ContactUpdated.$Shape|null;
              contactConnected?: switchboard.v1.ContactConnected.$Shape|null;
              contactHoldChanged?: switchboard.v1.ContactHoldChanged.$Shape|null;
              contactWrapUpRecorded?: switchboard.v1.ContactWrapUpRecorded.$Shape|null;
              contactTransferred?: switchboard.v1.ContactTransferred.$Shape|null;
              contactTransferCompleted?: switchboard.v1.ContactTransferCompleted.$Shape|null;
              contactTransferCancelled?: switchboard.v1.ContactTransferCancelled.$Shape|null;
              contactSurveyAnswered?: switchboard.v1.ContactSurveyAnswered.$Shape|null;
              contactCallbackRequested?: switchboard.v1.ContactCallbackRequested.$Shape|null;
              contactCallbackDialing?: switchboard.v1.ContactCallbackDialing.$Shape|null;
              contactCallbackFailed?: switchboard.v1.ContactCallbackFailed.$Shape|null;
              contactFollowUpScheduled?: switchboard.v1.ContactFollowUpScheduled.$Shape|null;
              contactDue?: switchboard.v1.ContactDue.$Shape|null;
              contactWaitUpdated?: switchboard.v1.ContactWaitUpdated.$Shape|null;
              contactFollowUpCancelled?: switchboard.v1.ContactFollowUpCancelled.$Shape|null;
              contactFollowUpRescheduled?: switchboard.v1.ContactFollowUpRescheduled.$Shape|null;
              streamOpened?: switchboard.v1.StreamOpened.$Shape|null;
              agentFiguresChanged?: switchboard.v1.AgentFiguresChanged.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ payload?: undefined; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "offer"; offer: switchboard.v1.Offer.$Shape; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "shutdown"; offer?: null; shutdown: switchboard.v1.Shutdown.$Shape; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "leaderChanged"; offer?: null; shutdown?: null; leaderChanged: switchboard.v1.LeaderChanged.$Shape; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "agentLoggedIn"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn: switchboard.v1.AgentLoggedIn.$Shape; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "agentPresenceChanged"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged: switchboard.v1.AgentPresenceChanged.$Shape; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "agentLoggedOut"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut: switchboard.v1.AgentLoggedOut.$Shape; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactCreated"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated: switchboard.v1.ContactCreated.$Shape; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactStepChanged"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged: switchboard.v1.ContactStepChanged.$Shape; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactPreferenceEnded"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded: switchboard.v1.ContactPreferenceEnded.$Shape; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactOffered"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered: switchboard.v1.ContactOffered.$Shape; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactOfferRejected"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected: switchboard.v1.ContactOfferRejected.$Shape; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactOfferExpired"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired: switchboard.v1.ContactOfferExpired.$Shape; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactOfferRevoked"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked: switchboard.v1.ContactOfferRevoked.$Shape; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactAccepted"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted: switchboard.v1.ContactAccepted.$Shape; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactEnded"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded: switchboard.v1.ContactEnded.$Shape; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactClosed"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed: switchboard.v1.ContactClosed.$Shape; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactAbandoned"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned: switchboard.v1.ContactAbandoned.$Shape; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactRequeued"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued: switchboard.v1.ContactRequeued.$Shape; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactUpdated"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated: switchboard.v1.ContactUpdated.$Shape; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactConnected"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected: switchboard.v1.ContactConnected.$Shape; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactHoldChanged"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged: switchboard.v1.ContactHoldChanged.$Shape; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactWrapUpRecorded"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded: switchboard.v1.ContactWrapUpRecorded.$Shape; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactTransferred"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred: switchboard.v1.ContactTransferred.$Shape; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactTransferCompleted"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted: switchboard.v1.ContactTransferCompleted.$Shape; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactTransferCancelled"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled: switchboard.v1.ContactTransferCancelled.$Shape; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactSurveyAnswered"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered: switchboard.v1.ContactSurveyAnswered.$Shape; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactCallbackRequested"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested: switchboard.v1.ContactCallbackRequested.$Shape; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactCallbackDialing"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing: switchboard.v1.ContactCallbackDialing.$Shape; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactCallbackFailed"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed: switchboard.v1.ContactCallbackFailed.$Shape; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactFollowUpScheduled"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled: switchboard.v1.ContactFollowUpScheduled.$Shape; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactDue"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue: switchboard.v1.ContactDue.$Shape; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactWaitUpdated"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated: switchboard.v1.ContactWaitUpdated.$Shape; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactFollowUpCancelled"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled: switchboard.v1.ContactFollowUpCancelled.$Shape; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "contactFollowUpRescheduled"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled: switchboard.v1.ContactFollowUpRescheduled.$Shape; streamOpened?: null; agentFiguresChanged?: null }|{ payload?: "streamOpened"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened: switchboard.v1.StreamOpened.$Shape; agentFiguresChanged?: null }|{ payload?: "agentFiguresChanged"; offer?: null; shutdown?: null; leaderChanged?: null; agentLoggedIn?: null; agentPresenceChanged?: null; agentLoggedOut?: null; contactCreated?: null; contactStepChanged?: null; contactPreferenceEnded?: null; contactOffered?: null; contactOfferRejected?: null; contactOfferExpired?: null; contactOfferRevoked?: null; contactAccepted?: null; contactEnded?: null; contactClosed?: null; contactAbandoned?: null; contactRequeued?: null; contactUpdated?: null; contactConnected?: null; contactHoldChanged?: null; contactWrapUpRecorded?: null; contactTransferred?: null; contactTransferCompleted?: null; contactTransferCancelled?: null; contactSurveyAnswered?: null; contactCallbackRequested?: null; contactCallbackDialing?: null; contactCallbackFailed?: null; contactFollowUpScheduled?: null; contactDue?: null; contactWaitUpdated?: null; contactFollowUpCancelled?: null; contactFollowUpRescheduled?: null; streamOpened?: null; agentFiguresChanged: switchboard.v1.AgentFiguresChanged.$Shape })
            );
        }

        interface IAgentFiguresChanged extends switchboard.v1.AgentFiguresChanged.$Properties {
        }

        class AgentFiguresChanged {
            constructor(properties?: switchboard.v1.AgentFiguresChanged.$Properties);
            $unknowns?: Uint8Array[];
            since: number;
            agents: switchboard.v1.AgentFigures.$Properties[];
            static create(properties: switchboard.v1.AgentFiguresChanged.$Shape): switchboard.v1.AgentFiguresChanged & switchboard.v1.AgentFiguresChanged.$Shape;
            static create(properties?: switchboard.v1.AgentFiguresChanged.$Properties): switchboard.v1.AgentFiguresChanged;
            static encode(message: switchboard.v1.AgentFiguresChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.AgentFiguresChanged & switchboard.v1.AgentFiguresChanged.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.AgentFiguresChanged;
            static toObject(message: switchboard.v1.AgentFiguresChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AgentFiguresChanged {
            interface $Properties {
                since?: (number|null);
                agents?: (switchboard.v1.AgentFigures.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.AgentFiguresChanged.$Properties;
        }

        interface IContactWaitUpdated extends switchboard.v1.ContactWaitUpdated.$Properties {
        }

        class ContactWaitUpdated {
            constructor(properties?: switchboard.v1.ContactWaitUpdated.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            position: number;
            estimatedWaitSeconds: number;
            estimatedWaitWithinSeconds: number;
            waitStatus: string;
            closedUntil?: (number|null);
            static create(properties: switchboard.v1.ContactWaitUpdated.$Shape): switchboard.v1.ContactWaitUpdated & switchboard.v1.ContactWaitUpdated.$Shape;
            static create(properties?: switchboard.v1.ContactWaitUpdated.$Properties): switchboard.v1.ContactWaitUpdated;
            static encode(message: switchboard.v1.ContactWaitUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactWaitUpdated & switchboard.v1.ContactWaitUpdated.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactWaitUpdated;
            static toObject(message: switchboard.v1.ContactWaitUpdated, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactWaitUpdated {
            interface $Properties {
                contactId?: (string|null);
                position?: (number|null);
                estimatedWaitSeconds?: (number|null);
                estimatedWaitWithinSeconds?: (number|null);
                waitStatus?: (string|null);
                closedUntil?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactWaitUpdated.$Properties;
        }

        interface IStreamOpened extends switchboard.v1.StreamOpened.$Properties {
        }

        class StreamOpened {
            constructor(properties?: switchboard.v1.StreamOpened.$Properties);
            $unknowns?: Uint8Array[];
            lastSeq: (number|Long);
            resumedAfter?: (number|Long|null);
            replayed: number;
            error?: (switchboard.v1.Error.$Properties|null);
            contacts: switchboard.v1.Contact.$Properties[];
            static create(properties: switchboard.v1.StreamOpened.$Shape): switchboard.v1.StreamOpened & switchboard.v1.StreamOpened.$Shape;
            static create(properties?: switchboard.v1.StreamOpened.$Properties): switchboard.v1.StreamOpened;
            static encode(message: switchboard.v1.StreamOpened.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.StreamOpened & switchboard.v1.StreamOpened.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.StreamOpened;
            static toObject(message: switchboard.v1.StreamOpened, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace StreamOpened {
            interface $Properties {
                lastSeq?: (number|Long|null);
                resumedAfter?: (number|Long|null);
                replayed?: (number|null);
                error?: (switchboard.v1.Error.$Properties|null);
                contacts?: (switchboard.v1.Contact.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              lastSeq?: number|Long|null;
              resumedAfter?: number|Long|null;
              replayed?: number|null;
              error?: switchboard.v1.Error.$Shape|null;
              contacts?: switchboard.v1.Contact.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IOffer extends switchboard.v1.Offer.$Properties {
        }

        class Offer {
            constructor(properties?: switchboard.v1.Offer.$Properties);
            $unknowns?: Uint8Array[];
            contact?: (switchboard.v1.Contact.$Properties|null);
            expiresAt?: (number|null);
            history: switchboard.v1.HistoryEntry.$Properties[];
            why?: (switchboard.v1.OfferReason.$Properties|null);
            static create(properties: switchboard.v1.Offer.$Shape): switchboard.v1.Offer & switchboard.v1.Offer.$Shape;
            static create(properties?: switchboard.v1.Offer.$Properties): switchboard.v1.Offer;
            static encode(message: switchboard.v1.Offer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Offer & switchboard.v1.Offer.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Offer;
            static toObject(message: switchboard.v1.Offer, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Offer {
            interface $Properties {
                contact?: (switchboard.v1.Contact.$Properties|null);
                expiresAt?: (number|null);
                history?: (switchboard.v1.HistoryEntry.$Properties[]|null);
                why?: (switchboard.v1.OfferReason.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              contact?: switchboard.v1.Contact.$Shape|null;
              expiresAt?: number|null;
              history?: switchboard.v1.HistoryEntry.$Shape[]|null;
              why?: switchboard.v1.OfferReason.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IShutdown extends switchboard.v1.Shutdown.$Properties {
        }

        class Shutdown {
            constructor(properties?: switchboard.v1.Shutdown.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            static create(properties: switchboard.v1.Shutdown.$Shape): switchboard.v1.Shutdown & switchboard.v1.Shutdown.$Shape;
            static create(properties?: switchboard.v1.Shutdown.$Properties): switchboard.v1.Shutdown;
            static encode(message: switchboard.v1.Shutdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.Shutdown & switchboard.v1.Shutdown.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.Shutdown;
            static toObject(message: switchboard.v1.Shutdown, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Shutdown {
            interface $Properties {
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.Shutdown.$Properties;
        }

        interface ILeaderChanged extends switchboard.v1.LeaderChanged.$Properties {
        }

        class LeaderChanged {
            constructor(properties?: switchboard.v1.LeaderChanged.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            static create(properties: switchboard.v1.LeaderChanged.$Shape): switchboard.v1.LeaderChanged & switchboard.v1.LeaderChanged.$Shape;
            static create(properties?: switchboard.v1.LeaderChanged.$Properties): switchboard.v1.LeaderChanged;
            static encode(message: switchboard.v1.LeaderChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.LeaderChanged & switchboard.v1.LeaderChanged.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.LeaderChanged;
            static toObject(message: switchboard.v1.LeaderChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace LeaderChanged {
            interface $Properties {
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.LeaderChanged.$Properties;
        }

        interface IAgentLoggedIn extends switchboard.v1.AgentLoggedIn.$Properties {
        }

        class AgentLoggedIn {
            constructor(properties?: switchboard.v1.AgentLoggedIn.$Properties);
            $unknowns?: Uint8Array[];
            agentId: string;
            profile?: (switchboard.v1.AgentProfile.$Properties|null);
            loginSeq: number;
            presence: string;
            reason?: (string|null);
            static create(properties: switchboard.v1.AgentLoggedIn.$Shape): switchboard.v1.AgentLoggedIn & switchboard.v1.AgentLoggedIn.$Shape;
            static create(properties?: switchboard.v1.AgentLoggedIn.$Properties): switchboard.v1.AgentLoggedIn;
            static encode(message: switchboard.v1.AgentLoggedIn.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.AgentLoggedIn & switchboard.v1.AgentLoggedIn.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.AgentLoggedIn;
            static toObject(message: switchboard.v1.AgentLoggedIn, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AgentLoggedIn {
            interface $Properties {
                agentId?: (string|null);
                profile?: (switchboard.v1.AgentProfile.$Properties|null);
                loginSeq?: (number|null);
                presence?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.AgentLoggedIn.$Properties;
        }

        interface IAgentPresenceChanged extends switchboard.v1.AgentPresenceChanged.$Properties {
        }

        class AgentPresenceChanged {
            constructor(properties?: switchboard.v1.AgentPresenceChanged.$Properties);
            $unknowns?: Uint8Array[];
            agentId: string;
            presence: string;
            reason?: (string|null);
            static create(properties: switchboard.v1.AgentPresenceChanged.$Shape): switchboard.v1.AgentPresenceChanged & switchboard.v1.AgentPresenceChanged.$Shape;
            static create(properties?: switchboard.v1.AgentPresenceChanged.$Properties): switchboard.v1.AgentPresenceChanged;
            static encode(message: switchboard.v1.AgentPresenceChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.AgentPresenceChanged & switchboard.v1.AgentPresenceChanged.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.AgentPresenceChanged;
            static toObject(message: switchboard.v1.AgentPresenceChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AgentPresenceChanged {
            interface $Properties {
                agentId?: (string|null);
                presence?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.AgentPresenceChanged.$Properties;
        }

        interface IAgentLoggedOut extends switchboard.v1.AgentLoggedOut.$Properties {
        }

        class AgentLoggedOut {
            constructor(properties?: switchboard.v1.AgentLoggedOut.$Properties);
            $unknowns?: Uint8Array[];
            agentId: string;
            static create(properties: switchboard.v1.AgentLoggedOut.$Shape): switchboard.v1.AgentLoggedOut & switchboard.v1.AgentLoggedOut.$Shape;
            static create(properties?: switchboard.v1.AgentLoggedOut.$Properties): switchboard.v1.AgentLoggedOut;
            static encode(message: switchboard.v1.AgentLoggedOut.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.AgentLoggedOut & switchboard.v1.AgentLoggedOut.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.AgentLoggedOut;
            static toObject(message: switchboard.v1.AgentLoggedOut, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace AgentLoggedOut {
            interface $Properties {
                agentId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.AgentLoggedOut.$Properties;
        }

        interface IContactCreated extends switchboard.v1.ContactCreated.$Properties {
        }

        class ContactCreated {
            constructor(properties?: switchboard.v1.ContactCreated.$Properties);
            $unknowns?: Uint8Array[];
            contact?: (switchboard.v1.Contact.$Properties|null);
            redirectedFrom?: (string|null);
            static create(properties: switchboard.v1.ContactCreated.$Shape): switchboard.v1.ContactCreated & switchboard.v1.ContactCreated.$Shape;
            static create(properties?: switchboard.v1.ContactCreated.$Properties): switchboard.v1.ContactCreated;
            static encode(message: switchboard.v1.ContactCreated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactCreated & switchboard.v1.ContactCreated.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactCreated;
            static toObject(message: switchboard.v1.ContactCreated, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactCreated {
            interface $Properties {
                contact?: (switchboard.v1.Contact.$Properties|null);
                redirectedFrom?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              contact?: switchboard.v1.Contact.$Shape|null;
              redirectedFrom?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IContactStepChanged extends switchboard.v1.ContactStepChanged.$Properties {
        }

        class ContactStepChanged {
            constructor(properties?: switchboard.v1.ContactStepChanged.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            step: number;
            skipped: boolean;
            static create(properties: switchboard.v1.ContactStepChanged.$Shape): switchboard.v1.ContactStepChanged & switchboard.v1.ContactStepChanged.$Shape;
            static create(properties?: switchboard.v1.ContactStepChanged.$Properties): switchboard.v1.ContactStepChanged;
            static encode(message: switchboard.v1.ContactStepChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactStepChanged & switchboard.v1.ContactStepChanged.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactStepChanged;
            static toObject(message: switchboard.v1.ContactStepChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactStepChanged {
            interface $Properties {
                contactId?: (string|null);
                step?: (number|null);
                skipped?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactStepChanged.$Properties;
        }

        interface IContactPreferenceEnded extends switchboard.v1.ContactPreferenceEnded.$Properties {
        }

        class ContactPreferenceEnded {
            constructor(properties?: switchboard.v1.ContactPreferenceEnded.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            static create(properties: switchboard.v1.ContactPreferenceEnded.$Shape): switchboard.v1.ContactPreferenceEnded & switchboard.v1.ContactPreferenceEnded.$Shape;
            static create(properties?: switchboard.v1.ContactPreferenceEnded.$Properties): switchboard.v1.ContactPreferenceEnded;
            static encode(message: switchboard.v1.ContactPreferenceEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactPreferenceEnded & switchboard.v1.ContactPreferenceEnded.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactPreferenceEnded;
            static toObject(message: switchboard.v1.ContactPreferenceEnded, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactPreferenceEnded {
            interface $Properties {
                contactId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactPreferenceEnded.$Properties;
        }

        interface IContactOffered extends switchboard.v1.ContactOffered.$Properties {
        }

        class ContactOffered {
            constructor(properties?: switchboard.v1.ContactOffered.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            expiresAt?: (number|null);
            why?: (switchboard.v1.OfferReason.$Properties|null);
            static create(properties: switchboard.v1.ContactOffered.$Shape): switchboard.v1.ContactOffered & switchboard.v1.ContactOffered.$Shape;
            static create(properties?: switchboard.v1.ContactOffered.$Properties): switchboard.v1.ContactOffered;
            static encode(message: switchboard.v1.ContactOffered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactOffered & switchboard.v1.ContactOffered.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactOffered;
            static toObject(message: switchboard.v1.ContactOffered, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactOffered {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                expiresAt?: (number|null);
                why?: (switchboard.v1.OfferReason.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactOffered.$Properties;
        }

        interface IOfferReason extends switchboard.v1.OfferReason.$Properties {
        }

        class OfferReason {
            constructor(properties?: switchboard.v1.OfferReason.$Properties);
            $unknowns?: Uint8Array[];
            by: string;
            preferred?: (string|null);
            value?: (number|null);
            step: number;
            overflow?: (string|null);
            static create(properties: switchboard.v1.OfferReason.$Shape): switchboard.v1.OfferReason & switchboard.v1.OfferReason.$Shape;
            static create(properties?: switchboard.v1.OfferReason.$Properties): switchboard.v1.OfferReason;
            static encode(message: switchboard.v1.OfferReason.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.OfferReason & switchboard.v1.OfferReason.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.OfferReason;
            static toObject(message: switchboard.v1.OfferReason, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace OfferReason {
            interface $Properties {
                by?: (string|null);
                preferred?: (string|null);
                value?: (number|null);
                step?: (number|null);
                overflow?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.OfferReason.$Properties;
        }

        interface IContactOfferRejected extends switchboard.v1.ContactOfferRejected.$Properties {
        }

        class ContactOfferRejected {
            constructor(properties?: switchboard.v1.ContactOfferRejected.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            static create(properties: switchboard.v1.ContactOfferRejected.$Shape): switchboard.v1.ContactOfferRejected & switchboard.v1.ContactOfferRejected.$Shape;
            static create(properties?: switchboard.v1.ContactOfferRejected.$Properties): switchboard.v1.ContactOfferRejected;
            static encode(message: switchboard.v1.ContactOfferRejected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactOfferRejected & switchboard.v1.ContactOfferRejected.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactOfferRejected;
            static toObject(message: switchboard.v1.ContactOfferRejected, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactOfferRejected {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactOfferRejected.$Properties;
        }

        interface IContactOfferExpired extends switchboard.v1.ContactOfferExpired.$Properties {
        }

        class ContactOfferExpired {
            constructor(properties?: switchboard.v1.ContactOfferExpired.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            missedInRow: number;
            static create(properties: switchboard.v1.ContactOfferExpired.$Shape): switchboard.v1.ContactOfferExpired & switchboard.v1.ContactOfferExpired.$Shape;
            static create(properties?: switchboard.v1.ContactOfferExpired.$Properties): switchboard.v1.ContactOfferExpired;
            static encode(message: switchboard.v1.ContactOfferExpired.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactOfferExpired & switchboard.v1.ContactOfferExpired.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactOfferExpired;
            static toObject(message: switchboard.v1.ContactOfferExpired, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactOfferExpired {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                missedInRow?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactOfferExpired.$Properties;
        }

        interface IContactOfferRevoked extends switchboard.v1.ContactOfferRevoked.$Properties {
        }

        class ContactOfferRevoked {
            constructor(properties?: switchboard.v1.ContactOfferRevoked.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            reason: string;
            static create(properties: switchboard.v1.ContactOfferRevoked.$Shape): switchboard.v1.ContactOfferRevoked & switchboard.v1.ContactOfferRevoked.$Shape;
            static create(properties?: switchboard.v1.ContactOfferRevoked.$Properties): switchboard.v1.ContactOfferRevoked;
            static encode(message: switchboard.v1.ContactOfferRevoked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactOfferRevoked & switchboard.v1.ContactOfferRevoked.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactOfferRevoked;
            static toObject(message: switchboard.v1.ContactOfferRevoked, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactOfferRevoked {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactOfferRevoked.$Properties;
        }

        interface IContactAccepted extends switchboard.v1.ContactAccepted.$Properties {
        }

        class ContactAccepted {
            constructor(properties?: switchboard.v1.ContactAccepted.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            auto: boolean;
            static create(properties: switchboard.v1.ContactAccepted.$Shape): switchboard.v1.ContactAccepted & switchboard.v1.ContactAccepted.$Shape;
            static create(properties?: switchboard.v1.ContactAccepted.$Properties): switchboard.v1.ContactAccepted;
            static encode(message: switchboard.v1.ContactAccepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactAccepted & switchboard.v1.ContactAccepted.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactAccepted;
            static toObject(message: switchboard.v1.ContactAccepted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactAccepted {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                auto?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactAccepted.$Properties;
        }

        interface IContactEnded extends switchboard.v1.ContactEnded.$Properties {
        }

        class ContactEnded {
            constructor(properties?: switchboard.v1.ContactEnded.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            wrapUpUntil?: (number|null);
            by: string;
            reason?: (string|null);
            static create(properties: switchboard.v1.ContactEnded.$Shape): switchboard.v1.ContactEnded & switchboard.v1.ContactEnded.$Shape;
            static create(properties?: switchboard.v1.ContactEnded.$Properties): switchboard.v1.ContactEnded;
            static encode(message: switchboard.v1.ContactEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactEnded & switchboard.v1.ContactEnded.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactEnded;
            static toObject(message: switchboard.v1.ContactEnded, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactEnded {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                wrapUpUntil?: (number|null);
                by?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactEnded.$Properties;
        }

        interface IContactClosed extends switchboard.v1.ContactClosed.$Properties {
        }

        class ContactClosed {
            constructor(properties?: switchboard.v1.ContactClosed.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            disposition?: (string|null);
            notes?: (string|null);
            by: string;
            static create(properties: switchboard.v1.ContactClosed.$Shape): switchboard.v1.ContactClosed & switchboard.v1.ContactClosed.$Shape;
            static create(properties?: switchboard.v1.ContactClosed.$Properties): switchboard.v1.ContactClosed;
            static encode(message: switchboard.v1.ContactClosed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactClosed & switchboard.v1.ContactClosed.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactClosed;
            static toObject(message: switchboard.v1.ContactClosed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactClosed {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                disposition?: (string|null);
                notes?: (string|null);
                by?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactClosed.$Properties;
        }

        interface IContactAbandoned extends switchboard.v1.ContactAbandoned.$Properties {
        }

        class ContactAbandoned {
            constructor(properties?: switchboard.v1.ContactAbandoned.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            offeredTo?: (string|null);
            reason?: (string|null);
            by?: (string|null);
            static create(properties: switchboard.v1.ContactAbandoned.$Shape): switchboard.v1.ContactAbandoned & switchboard.v1.ContactAbandoned.$Shape;
            static create(properties?: switchboard.v1.ContactAbandoned.$Properties): switchboard.v1.ContactAbandoned;
            static encode(message: switchboard.v1.ContactAbandoned.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactAbandoned & switchboard.v1.ContactAbandoned.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactAbandoned;
            static toObject(message: switchboard.v1.ContactAbandoned, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactAbandoned {
            interface $Properties {
                contactId?: (string|null);
                offeredTo?: (string|null);
                reason?: (string|null);
                by?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactAbandoned.$Properties;
        }

        interface IContactRequeued extends switchboard.v1.ContactRequeued.$Properties {
        }

        class ContactRequeued {
            constructor(properties?: switchboard.v1.ContactRequeued.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            reason: string;
            static create(properties: switchboard.v1.ContactRequeued.$Shape): switchboard.v1.ContactRequeued & switchboard.v1.ContactRequeued.$Shape;
            static create(properties?: switchboard.v1.ContactRequeued.$Properties): switchboard.v1.ContactRequeued;
            static encode(message: switchboard.v1.ContactRequeued.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactRequeued & switchboard.v1.ContactRequeued.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactRequeued;
            static toObject(message: switchboard.v1.ContactRequeued, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactRequeued {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactRequeued.$Properties;
        }

        interface IContactUpdated extends switchboard.v1.ContactUpdated.$Properties {
        }

        class ContactUpdated {
            constructor(properties?: switchboard.v1.ContactUpdated.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            priority: number;
            queueId: string;
            step: number;
            static create(properties: switchboard.v1.ContactUpdated.$Shape): switchboard.v1.ContactUpdated & switchboard.v1.ContactUpdated.$Shape;
            static create(properties?: switchboard.v1.ContactUpdated.$Properties): switchboard.v1.ContactUpdated;
            static encode(message: switchboard.v1.ContactUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactUpdated & switchboard.v1.ContactUpdated.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactUpdated;
            static toObject(message: switchboard.v1.ContactUpdated, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactUpdated {
            interface $Properties {
                contactId?: (string|null);
                priority?: (number|null);
                queueId?: (string|null);
                step?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactUpdated.$Properties;
        }

        interface IContactConnected extends switchboard.v1.ContactConnected.$Properties {
        }

        class ContactConnected {
            constructor(properties?: switchboard.v1.ContactConnected.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            static create(properties: switchboard.v1.ContactConnected.$Shape): switchboard.v1.ContactConnected & switchboard.v1.ContactConnected.$Shape;
            static create(properties?: switchboard.v1.ContactConnected.$Properties): switchboard.v1.ContactConnected;
            static encode(message: switchboard.v1.ContactConnected.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactConnected & switchboard.v1.ContactConnected.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactConnected;
            static toObject(message: switchboard.v1.ContactConnected, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactConnected {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactConnected.$Properties;
        }

        interface IContactHoldChanged extends switchboard.v1.ContactHoldChanged.$Properties {
        }

        class ContactHoldChanged {
            constructor(properties?: switchboard.v1.ContactHoldChanged.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            onHold: boolean;
            static create(properties: switchboard.v1.ContactHoldChanged.$Shape): switchboard.v1.ContactHoldChanged & switchboard.v1.ContactHoldChanged.$Shape;
            static create(properties?: switchboard.v1.ContactHoldChanged.$Properties): switchboard.v1.ContactHoldChanged;
            static encode(message: switchboard.v1.ContactHoldChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactHoldChanged & switchboard.v1.ContactHoldChanged.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactHoldChanged;
            static toObject(message: switchboard.v1.ContactHoldChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactHoldChanged {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                onHold?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactHoldChanged.$Properties;
        }

        interface IContactTransferred extends switchboard.v1.ContactTransferred.$Properties {
        }

        class ContactTransferred {
            constructor(properties?: switchboard.v1.ContactTransferred.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            transfer?: (switchboard.v1.TransferRecord.$Properties|null);
            queueId: string;
            step: number;
            preferUntil?: (number|null);
            preferredAgentId?: (string|null);
            static create(properties: switchboard.v1.ContactTransferred.$Shape): switchboard.v1.ContactTransferred & switchboard.v1.ContactTransferred.$Shape;
            static create(properties?: switchboard.v1.ContactTransferred.$Properties): switchboard.v1.ContactTransferred;
            static encode(message: switchboard.v1.ContactTransferred.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactTransferred & switchboard.v1.ContactTransferred.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactTransferred;
            static toObject(message: switchboard.v1.ContactTransferred, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactTransferred {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                transfer?: (switchboard.v1.TransferRecord.$Properties|null);
                queueId?: (string|null);
                step?: (number|null);
                preferUntil?: (number|null);
                preferredAgentId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactTransferred.$Properties;
        }

        interface IContactTransferCompleted extends switchboard.v1.ContactTransferCompleted.$Properties {
        }

        class ContactTransferCompleted {
            constructor(properties?: switchboard.v1.ContactTransferCompleted.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            toAgentId?: (string|null);
            reason: string;
            static create(properties: switchboard.v1.ContactTransferCompleted.$Shape): switchboard.v1.ContactTransferCompleted & switchboard.v1.ContactTransferCompleted.$Shape;
            static create(properties?: switchboard.v1.ContactTransferCompleted.$Properties): switchboard.v1.ContactTransferCompleted;
            static encode(message: switchboard.v1.ContactTransferCompleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactTransferCompleted & switchboard.v1.ContactTransferCompleted.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactTransferCompleted;
            static toObject(message: switchboard.v1.ContactTransferCompleted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactTransferCompleted {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                toAgentId?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactTransferCompleted.$Properties;
        }

        interface IContactTransferCancelled extends switchboard.v1.ContactTransferCancelled.$Properties {
        }

        class ContactTransferCancelled {
            constructor(properties?: switchboard.v1.ContactTransferCancelled.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            offeredTo?: (string|null);
            queueId: string;
            step: number;
            static create(properties: switchboard.v1.ContactTransferCancelled.$Shape): switchboard.v1.ContactTransferCancelled & switchboard.v1.ContactTransferCancelled.$Shape;
            static create(properties?: switchboard.v1.ContactTransferCancelled.$Properties): switchboard.v1.ContactTransferCancelled;
            static encode(message: switchboard.v1.ContactTransferCancelled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactTransferCancelled & switchboard.v1.ContactTransferCancelled.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactTransferCancelled;
            static toObject(message: switchboard.v1.ContactTransferCancelled, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactTransferCancelled {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                offeredTo?: (string|null);
                queueId?: (string|null);
                step?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactTransferCancelled.$Properties;
        }

        interface IContactCallbackRequested extends switchboard.v1.ContactCallbackRequested.$Properties {
        }

        class ContactCallbackRequested {
            constructor(properties?: switchboard.v1.ContactCallbackRequested.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            number?: (string|null);
            reason?: (string|null);
            static create(properties: switchboard.v1.ContactCallbackRequested.$Shape): switchboard.v1.ContactCallbackRequested & switchboard.v1.ContactCallbackRequested.$Shape;
            static create(properties?: switchboard.v1.ContactCallbackRequested.$Properties): switchboard.v1.ContactCallbackRequested;
            static encode(message: switchboard.v1.ContactCallbackRequested.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactCallbackRequested & switchboard.v1.ContactCallbackRequested.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactCallbackRequested;
            static toObject(message: switchboard.v1.ContactCallbackRequested, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactCallbackRequested {
            interface $Properties {
                contactId?: (string|null);
                number?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactCallbackRequested.$Properties;
        }

        interface IContactCallbackDialing extends switchboard.v1.ContactCallbackDialing.$Properties {
        }

        class ContactCallbackDialing {
            constructor(properties?: switchboard.v1.ContactCallbackDialing.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            attempt: number;
            number?: (string|null);
            static create(properties: switchboard.v1.ContactCallbackDialing.$Shape): switchboard.v1.ContactCallbackDialing & switchboard.v1.ContactCallbackDialing.$Shape;
            static create(properties?: switchboard.v1.ContactCallbackDialing.$Properties): switchboard.v1.ContactCallbackDialing;
            static encode(message: switchboard.v1.ContactCallbackDialing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactCallbackDialing & switchboard.v1.ContactCallbackDialing.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactCallbackDialing;
            static toObject(message: switchboard.v1.ContactCallbackDialing, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactCallbackDialing {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                attempt?: (number|null);
                number?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactCallbackDialing.$Properties;
        }

        interface IContactCallbackFailed extends switchboard.v1.ContactCallbackFailed.$Properties {
        }

        class ContactCallbackFailed {
            constructor(properties?: switchboard.v1.ContactCallbackFailed.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            attempt: number;
            retryAt?: (number|null);
            static create(properties: switchboard.v1.ContactCallbackFailed.$Shape): switchboard.v1.ContactCallbackFailed & switchboard.v1.ContactCallbackFailed.$Shape;
            static create(properties?: switchboard.v1.ContactCallbackFailed.$Properties): switchboard.v1.ContactCallbackFailed;
            static encode(message: switchboard.v1.ContactCallbackFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactCallbackFailed & switchboard.v1.ContactCallbackFailed.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactCallbackFailed;
            static toObject(message: switchboard.v1.ContactCallbackFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactCallbackFailed {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                attempt?: (number|null);
                retryAt?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactCallbackFailed.$Properties;
        }

        interface IContactFollowUpScheduled extends switchboard.v1.ContactFollowUpScheduled.$Properties {
        }

        class ContactFollowUpScheduled {
            constructor(properties?: switchboard.v1.ContactFollowUpScheduled.$Properties);
            $unknowns?: Uint8Array[];
            contact?: (switchboard.v1.Contact.$Properties|null);
            static create(properties: switchboard.v1.ContactFollowUpScheduled.$Shape): switchboard.v1.ContactFollowUpScheduled & switchboard.v1.ContactFollowUpScheduled.$Shape;
            static create(properties?: switchboard.v1.ContactFollowUpScheduled.$Properties): switchboard.v1.ContactFollowUpScheduled;
            static encode(message: switchboard.v1.ContactFollowUpScheduled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactFollowUpScheduled & switchboard.v1.ContactFollowUpScheduled.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactFollowUpScheduled;
            static toObject(message: switchboard.v1.ContactFollowUpScheduled, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactFollowUpScheduled {
            interface $Properties {
                contact?: (switchboard.v1.Contact.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              contact?: switchboard.v1.Contact.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IContactFollowUpCancelled extends switchboard.v1.ContactFollowUpCancelled.$Properties {
        }

        class ContactFollowUpCancelled {
            constructor(properties?: switchboard.v1.ContactFollowUpCancelled.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            byAgentId: string;
            reason?: (string|null);
            static create(properties: switchboard.v1.ContactFollowUpCancelled.$Shape): switchboard.v1.ContactFollowUpCancelled & switchboard.v1.ContactFollowUpCancelled.$Shape;
            static create(properties?: switchboard.v1.ContactFollowUpCancelled.$Properties): switchboard.v1.ContactFollowUpCancelled;
            static encode(message: switchboard.v1.ContactFollowUpCancelled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactFollowUpCancelled & switchboard.v1.ContactFollowUpCancelled.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactFollowUpCancelled;
            static toObject(message: switchboard.v1.ContactFollowUpCancelled, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactFollowUpCancelled {
            interface $Properties {
                contactId?: (string|null);
                byAgentId?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactFollowUpCancelled.$Properties;
        }

        interface IContactFollowUpRescheduled extends switchboard.v1.ContactFollowUpRescheduled.$Properties {
        }

        class ContactFollowUpRescheduled {
            constructor(properties?: switchboard.v1.ContactFollowUpRescheduled.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            byAgentId: string;
            dueAt: number;
            virtualArrival: number;
            static create(properties: switchboard.v1.ContactFollowUpRescheduled.$Shape): switchboard.v1.ContactFollowUpRescheduled & switchboard.v1.ContactFollowUpRescheduled.$Shape;
            static create(properties?: switchboard.v1.ContactFollowUpRescheduled.$Properties): switchboard.v1.ContactFollowUpRescheduled;
            static encode(message: switchboard.v1.ContactFollowUpRescheduled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactFollowUpRescheduled & switchboard.v1.ContactFollowUpRescheduled.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactFollowUpRescheduled;
            static toObject(message: switchboard.v1.ContactFollowUpRescheduled, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactFollowUpRescheduled {
            interface $Properties {
                contactId?: (string|null);
                byAgentId?: (string|null);
                dueAt?: (number|null);
                virtualArrival?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactFollowUpRescheduled.$Properties;
        }

        interface IContactDue extends switchboard.v1.ContactDue.$Properties {
        }

        class ContactDue {
            constructor(properties?: switchboard.v1.ContactDue.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            step: number;
            preferUntil?: (number|null);
            static create(properties: switchboard.v1.ContactDue.$Shape): switchboard.v1.ContactDue & switchboard.v1.ContactDue.$Shape;
            static create(properties?: switchboard.v1.ContactDue.$Properties): switchboard.v1.ContactDue;
            static encode(message: switchboard.v1.ContactDue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactDue & switchboard.v1.ContactDue.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactDue;
            static toObject(message: switchboard.v1.ContactDue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactDue {
            interface $Properties {
                contactId?: (string|null);
                step?: (number|null);
                preferUntil?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactDue.$Properties;
        }

        interface IContactSurveyAnswered extends switchboard.v1.ContactSurveyAnswered.$Properties {
        }

        class ContactSurveyAnswered {
            constructor(properties?: switchboard.v1.ContactSurveyAnswered.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            queueId: string;
            channel: string;
            tier: string;
            helpful: boolean;
            reason?: (string|null);
            about?: (string|null);
            static create(properties: switchboard.v1.ContactSurveyAnswered.$Shape): switchboard.v1.ContactSurveyAnswered & switchboard.v1.ContactSurveyAnswered.$Shape;
            static create(properties?: switchboard.v1.ContactSurveyAnswered.$Properties): switchboard.v1.ContactSurveyAnswered;
            static encode(message: switchboard.v1.ContactSurveyAnswered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactSurveyAnswered & switchboard.v1.ContactSurveyAnswered.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactSurveyAnswered;
            static toObject(message: switchboard.v1.ContactSurveyAnswered, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactSurveyAnswered {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                queueId?: (string|null);
                channel?: (string|null);
                tier?: (string|null);
                helpful?: (boolean|null);
                reason?: (string|null);
                about?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactSurveyAnswered.$Properties;
        }

        interface IContactWrapUpRecorded extends switchboard.v1.ContactWrapUpRecorded.$Properties {
        }

        class ContactWrapUpRecorded {
            constructor(properties?: switchboard.v1.ContactWrapUpRecorded.$Properties);
            $unknowns?: Uint8Array[];
            contactId: string;
            agentId: string;
            disposition?: (string|null);
            notes?: (string|null);
            static create(properties: switchboard.v1.ContactWrapUpRecorded.$Shape): switchboard.v1.ContactWrapUpRecorded & switchboard.v1.ContactWrapUpRecorded.$Shape;
            static create(properties?: switchboard.v1.ContactWrapUpRecorded.$Properties): switchboard.v1.ContactWrapUpRecorded;
            static encode(message: switchboard.v1.ContactWrapUpRecorded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): switchboard.v1.ContactWrapUpRecorded & switchboard.v1.ContactWrapUpRecorded.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): switchboard.v1.ContactWrapUpRecorded;
            static toObject(message: switchboard.v1.ContactWrapUpRecorded, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ContactWrapUpRecorded {
            interface $Properties {
                contactId?: (string|null);
                agentId?: (string|null);
                disposition?: (string|null);
                notes?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = switchboard.v1.ContactWrapUpRecorded.$Properties;
        }
    }
}

export namespace google {

    namespace protobuf {

        interface IStruct extends google.protobuf.Struct.$Properties {
        }

        class Struct {
            constructor(properties?: google.protobuf.Struct.$Properties);
            $unknowns?: Uint8Array[];
            fields: { [k: string]: google.protobuf.Value.$Properties };
            static create(properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
            static create(properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;
            static encode(message: google.protobuf.Struct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Struct & google.protobuf.Struct.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.Struct;
            static toObject(message: google.protobuf.Struct, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Struct {
            interface $Properties {
                fields?: ({ [k: string]: google.protobuf.Value.$Properties }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              fields?: { [k: string]: google.protobuf.Value.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IValue extends google.protobuf.Value.$Properties {
        }

        class Value {
            constructor(properties?: google.protobuf.Value.$Properties);
            $unknowns?: Uint8Array[];
            nullValue?: (google.protobuf.NullValue|null);
            numberValue?: (number|null);
            stringValue?: (string|null);
            boolValue?: (boolean|null);
            structValue?: (google.protobuf.Struct.$Properties|null);
            listValue?: (google.protobuf.ListValue.$Properties|null);
            kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");
            static create(properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
            static create(properties?: google.protobuf.Value.$Properties): google.protobuf.Value;
            static encode(message: google.protobuf.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Value & google.protobuf.Value.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.Value;
            static toObject(message: google.protobuf.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace Value {
            interface $Properties {
                nullValue?: (google.protobuf.NullValue|null);
                numberValue?: (number|null);
                stringValue?: (string|null);
                boolValue?: (boolean|null);
                structValue?: (google.protobuf.Struct.$Properties|null);
                listValue?: (google.protobuf.ListValue.$Properties|null);
                kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              nullValue?: google.protobuf.NullValue|null;
              numberValue?: number|null;
              stringValue?: string|null;
              boolValue?: boolean|null;
              structValue?: google.protobuf.Struct.$Shape|null;
              listValue?: google.protobuf.ListValue.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "nullValue"; nullValue: google.protobuf.NullValue; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "numberValue"; nullValue?: null; numberValue: number; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "stringValue"; nullValue?: null; numberValue?: null; stringValue: string; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "boolValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue: boolean; structValue?: null; listValue?: null }|{ kind?: "structValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue: google.protobuf.Struct.$Shape; listValue?: null }|{ kind?: "listValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue: google.protobuf.ListValue.$Shape })
            );
        }

        enum NullValue {
            NULL_VALUE = 0
        }

        interface IListValue extends google.protobuf.ListValue.$Properties {
        }

        class ListValue {
            constructor(properties?: google.protobuf.ListValue.$Properties);
            $unknowns?: Uint8Array[];
            values: google.protobuf.Value.$Properties[];
            static create(properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
            static create(properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;
            static encode(message: google.protobuf.ListValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): google.protobuf.ListValue;
            static toObject(message: google.protobuf.ListValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
        }

        namespace ListValue {
            interface $Properties {
                values?: (google.protobuf.Value.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              values?: google.protobuf.Value.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }
}
